package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** An observation was recorded. */
public record ObservationRecorded(String dialogueId,
        String observationId,
        String sessionId,
        DialogueLens lens,
        String text,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
