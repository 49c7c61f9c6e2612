package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueEvent;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.Optional;

/** A dialogue's trail, and the dialogue as it stood at a past instant, read from the event store. */
public class DialogueHistory extends EventHistory<DialogueEvent> {

    public DialogueHistory(EventStore eventStore, ObjectMapper mapper) {
        super(eventStore, mapper, DialogueEvent.class, DialogueEvent::actor, DialogueEvent::occurredAt, "dialogueId");
    }

    public Optional<DialogueView> asOf(String dialogueId, Instant instant) {
        return asOf(dialogueId, instant, DialogueView::new, DialogueViewFolder::apply);
    }
}
