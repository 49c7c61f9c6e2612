package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The final report was published with a public summary. */
public record DialogueReportPublished(String dialogueId,
        String summary,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
