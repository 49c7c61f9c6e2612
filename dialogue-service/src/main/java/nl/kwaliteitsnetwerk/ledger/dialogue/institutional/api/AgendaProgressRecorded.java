package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** Progress on an item of the development agenda. */
public record AgendaProgressRecorded(String dialogueId,
        String agendaItemId,
        String note,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
