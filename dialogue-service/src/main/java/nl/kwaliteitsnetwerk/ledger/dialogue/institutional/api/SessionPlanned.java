package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A dialogue session was planned. */
public record SessionPlanned(String dialogueId,
        String sessionId,
        LocalDate date,
        String topic,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
