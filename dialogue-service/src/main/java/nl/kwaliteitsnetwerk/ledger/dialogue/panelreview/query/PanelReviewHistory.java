package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.PanelReviewEvent;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.Optional;

/** A panel review's trail, and the review as it stood at a past instant. */
public class PanelReviewHistory extends EventHistory<PanelReviewEvent> {

    public PanelReviewHistory(EventStore eventStore, ObjectMapper mapper) {
        super(eventStore, mapper, PanelReviewEvent.class, PanelReviewEvent::actor, PanelReviewEvent::occurredAt, "panelReviewId");
    }

    public Optional<PanelReviewView> asOf(String panelReviewId, Instant instant) {
        return asOf(panelReviewId, instant, PanelReviewView::new, PanelReviewView::apply);
    }
}
