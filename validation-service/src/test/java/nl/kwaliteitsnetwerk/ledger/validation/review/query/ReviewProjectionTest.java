package nl.kwaliteitsnetwerk.ledger.validation.review.query;

import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import nl.kwaliteitsnetwerk.ledger.testsupport.ProjectionTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewEvent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewStatus;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ValidationReview;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;
import static nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The reviews' projection without Spring: events in, query answers out, against the embedded Mongo server. */
class ReviewProjectionTest extends ProjectionTestBase {

    private final ReviewProjection projection = new ReviewProjection(new DocumentViews<>(
            collection(ReviewProjection.COLLECTION), mapper(), ReviewView.class, view -> view.reviewId));

    /** Each of {@code events} as event number {@code sequence} of the stream {@code streamId}. */
    private void project(String streamId, List<Object> events) {
        inOrder(events, ReviewEvent.class, (event, sequence) -> projection.on(event,
                new GenericDomainEventMessage<>(ValidationReview.class.getSimpleName(), streamId, sequence, event)));
    }

    @Test
    void aPublishedReviewReadsAsItHappened() {
        project(REVIEW, published());
        ReviewView view = projection.handle(new FindReview(REVIEW)).orElseThrow();
        assertThat(view.status).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(view.version).isEqualTo(published().size() - 1);
        assertThat(view.lastChangedAt).isEqualTo(NOW);
        assertThat(view.answers).hasSize(everythingAnswered().size() - 1);
        assertThat(view.summary).isEqualTo("Validatierapport 2027");
        assertThat(projection.handle(new FindReviews())).extracting(review -> review.reviewId).containsExactly(REVIEW);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        project(REVIEW, everythingAnswered());
        ReviewView once = projection.handle(new FindReview(REVIEW)).orElseThrow();
        project(REVIEW, everythingAnswered());
        ReviewView twice = projection.handle(new FindReview(REVIEW)).orElseThrow();
        assertThat(twice.answers).hasSize(everythingAnswered().size() - 1);
        assertThat(twice).usingRecursiveComparison().isEqualTo(once);
    }

    /** Written before reviews had streams of their own: the copy in the review's own stream is the one applied. */
    @Test
    void aReviewsEventInTheCommitteesStreamIsSkipped() {
        project(ValidationCommittee.OF_THE_NETWORK, opened());
        assertThat(projection.handle(new FindReview(REVIEW))).isEmpty();
        assertThat(projection.handle(new FindReviews())).isEmpty();
    }
}
