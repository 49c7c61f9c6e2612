package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** An observation was corrected; it points at the observation it corrects and says why. */
public record ObservationCorrected(String dialogueId,
        String observationId,
        int revision,
        DialogueLens lens,
        String text,
        String reason,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
