package nl.kwaliteitsnetwerk.ledger.validation.review.query;

import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.ProjectedViews;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.CommitteeProjection;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps one document per validation review, in its own collection, and answers queries on them. */
@ProcessingGroup(CommitteeProjection.PROCESSING_GROUP)
public class ReviewProjection {

    public static final String COLLECTION = "validation_review_views";

    private final ProjectedViews<ReviewView, ReviewEvent> views;

    public ReviewProjection(DocumentViews<ReviewView> views) {
        this.views = new ProjectedViews<>(views, ReviewView::new, ReviewEvent::reviewId, ReviewView::apply);
    }

    /**
     * Idempotent by the review's sequence number. A review's event in a committee's stream (written before
     * reviews had streams of their own) is skipped: its copy in the review's stream is the one applied.
     */
    @EventHandler
    public void on(ReviewEvent event, DomainEventMessage<?> message) {
        if (message.getAggregateIdentifier().equals(event.reviewId())) {
            views.fold(event, message.getSequenceNumber());
        }
    }

    @QueryHandler
    public Optional<ReviewView> handle(FindReview query) {
        return views.find(query.reviewId());
    }

    @QueryHandler
    public List<ReviewView> handle(FindReviews query) {
        return views.findWhere(Map.of());
    }
}
