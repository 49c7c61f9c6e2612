package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.RecordReads;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewStatus;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewAccess;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.FindReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.FindReviews;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.ReviewHistory;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.ReviewView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The reviews a caller may know exist, and how much of each they see, by the rule the review itself applies
 * to commands ({@link ReviewAccess}); every read of a review goes through here. The controller does not use
 * {@link #read} or {@link #trail}, on purpose: read() puts the version in an ETag, and a reader of the summary or
 * the public part could count the answers from it; trail() refuses anyone without full access, where a review's
 * trail is shown cut to what the reader may see ({@link ReviewTrailDisclosure}).
 */
@Component
public class VisibleReviews extends RecordReads<ReviewView> {

    private final QueryGateway queries;

    VisibleReviews(QueryGateway queries, ReviewHistory history) {
        super(queries, new Kind<>("Validation review", ReviewView.class, FindReview::new, view -> view.version,
                VisibleReviews::rule, history::asOf, history::trail));
        this.queries = queries;
    }

    private static Access rule(Caller caller, ReviewView view) {
        return ReviewAccess.of(caller.asViewer(), view.status);
    }

    List<ReviewView> list(Caller caller) {
        return matching(caller, new FindReviews());
    }

    /** The review's status now, null for a review with no view (yet). */
    public ReviewStatus statusOf(String reviewId) {
        return queries.query(new FindReview(reviewId), ResponseTypes.optionalInstanceOf(ReviewView.class)).join()
                .map(view -> view.status).orElse(null);
    }
}
