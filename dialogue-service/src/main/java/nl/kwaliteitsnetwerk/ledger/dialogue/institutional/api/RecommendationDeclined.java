package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The institution decided not to adopt a recommendation. */
public record RecommendationDeclined(String dialogueId,
        String recommendationId,
        String reason,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
