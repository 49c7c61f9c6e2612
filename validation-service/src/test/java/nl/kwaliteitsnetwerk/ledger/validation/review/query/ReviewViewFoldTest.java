package nl.kwaliteitsnetwerk.ledger.validation.review.query;

import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeEvent;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.CommitteeView;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewEvent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewStatus;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fold of the service is total: one event of every type of each sealed event interface folds, the review's
 * into its view and the committee's into its own, each only once by its sequence number.
 */
class ReviewViewFoldTest {

    @Test
    void oneEventOfEveryTypeOfAReviewFolds() {
        ReviewView view = foldedOnce(ReviewFixtures.oneOfEachEvent(), ReviewEvent.class, new ReviewView(),
                (folded, event, sequence) -> ReviewView.apply(folded, (ReviewEvent) event, sequence));
        assertThat(view.status).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(view.members).extracting(m -> m.userId()).contains("vc-6").doesNotContain("vc-5");
    }

    @Test
    void oneEventOfEveryTypeOfTheCommitteeFolds() {
        CommitteeView view = foldedOnce(CommitteeFixtures.oneOfEachEvent(), CommitteeEvent.class, new CommitteeView(),
                (folded, event, sequence) -> CommitteeView.apply(folded, (CommitteeEvent) event, sequence));
        assertThat(view.members).extracting(m -> m.userId()).contains("vc-6").doesNotContain("vc-5");
    }

    /** Folds {@code events}, one of each type {@code sealed} permits, each changing the view, then the first again. */
    private static <V> V foldedOnce(List<Object> events, Class<?> sealed, V view, Fold<V> fold) {
        assertThat(events).extracting(Object::getClass).as("one of each type").contains(sealed.getPermittedSubclasses());
        for (int i = 0; i < events.size(); i++) {
            assertThat(fold.apply(view, events.get(i), i)).as(events.get(i).toString()).isTrue();
        }
        assertThat(fold.apply(view, events.get(0), 0)).as("an event the view has already").isFalse();
        return view;
    }

    @FunctionalInterface
    private interface Fold<V> {
        boolean apply(V view, Object event, long sequence);
    }
}
