package nl.kwaliteitsnetwerk.ledger.validation.review.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.Optional;

/** A review's trail, and the review as it stood at a past instant, both from the review's own stream. */
public class ReviewHistory extends EventHistory<ReviewEvent> {

    public ReviewHistory(EventStore eventStore, ObjectMapper mapper) {
        super(eventStore, mapper, ReviewEvent.class, ReviewEvent::actor, ReviewEvent::occurredAt, "committeeId", "reviewId");
    }

    public Optional<ReviewView> asOf(String reviewId, Instant instant) {
        return asOf(reviewId, instant, ReviewView::new, ReviewView::apply);
    }
}
