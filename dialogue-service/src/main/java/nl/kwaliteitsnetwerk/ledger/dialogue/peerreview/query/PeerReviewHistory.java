package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.PeerReviewEvent;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.Optional;

/** A peer review's trail, and the review as it stood at a past instant. */
public class PeerReviewHistory extends EventHistory<PeerReviewEvent> {

    public PeerReviewHistory(EventStore eventStore, ObjectMapper mapper) {
        super(eventStore, mapper, PeerReviewEvent.class, PeerReviewEvent::actor, PeerReviewEvent::occurredAt, "peerReviewId");
    }

    public Optional<PeerReviewView> asOf(String peerReviewId, Instant instant) {
        return asOf(peerReviewId, instant, PeerReviewView::new, PeerReviewView::apply);
    }
}
