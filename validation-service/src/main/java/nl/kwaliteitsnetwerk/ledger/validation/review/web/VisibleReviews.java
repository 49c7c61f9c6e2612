package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.VisibleViews;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewStatus;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewAccess;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.FindReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.FindReviews;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.ReviewView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The reviews a caller may know exist, and how much of each they see, by the rule the review itself applies
 * to commands ({@link ReviewAccess}); every read of a review goes through here.
 */
@Component
public class VisibleReviews {

    private final QueryGateway queries;
    private final VisibleViews<ReviewView> views;

    VisibleReviews(QueryGateway queries) {
        this.queries = queries;
        this.views = new VisibleViews<>(queries, ReviewView.class);
    }

    static Access access(Caller caller, ReviewView view) {
        return ReviewAccess.of(caller.asViewer(), view.status);
    }

    List<ReviewView> list(Caller caller) {
        return views.list(new FindReviews(), view -> access(caller, view).visible());
    }

    ReviewView one(Caller caller, String reviewId) {
        return views.one(new FindReview(reviewId), reviewId, view -> access(caller, view).visible());
    }

    public boolean visibleTo(Caller caller, String reviewId) {
        return views.exists(new FindReview(reviewId), view -> access(caller, view).visible());
    }

    /** The review's status now, null for a review with no view (yet). */
    public ReviewStatus statusOf(String reviewId) {
        return queries.query(new FindReview(reviewId), ResponseTypes.optionalInstanceOf(ReviewView.class)).join()
                .map(view -> view.status).orElse(null);
    }
}
