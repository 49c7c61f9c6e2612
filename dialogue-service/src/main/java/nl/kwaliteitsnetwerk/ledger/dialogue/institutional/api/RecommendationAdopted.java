package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A recommendation went onto the institution's development agenda. */
public record RecommendationAdopted(String dialogueId,
        String recommendationId,
        String agendaItemId,
        String description,
        String owner,
        LocalDate dueDate,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
