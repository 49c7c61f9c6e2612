package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The institution shared a document with the committee. */
public record DocumentShared(String dialogueId,
        String preparationId,
        String title,
        String reference,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
