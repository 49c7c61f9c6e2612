package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A preparatory questionnaire and its response summary were recorded. */
public record QuestionnaireRecorded(String dialogueId,
        String preparationId,
        String title,
        int respondents,
        String responseSummary,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
