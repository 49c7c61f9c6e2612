package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** An item of the development agenda was completed. */
public record AgendaItemCompleted(String dialogueId,
        String agendaItemId,
        String evidence,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
