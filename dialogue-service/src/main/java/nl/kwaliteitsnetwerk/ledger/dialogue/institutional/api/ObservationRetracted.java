package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** An observation was retracted, with the reason. */
public record ObservationRetracted(String dialogueId,
        String observationId,
        String reason,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
