package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The institution reacted to a draft of the report. */
public record InstitutionReactedToDraft(String dialogueId,
        int draftRevision,
        String reaction,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
