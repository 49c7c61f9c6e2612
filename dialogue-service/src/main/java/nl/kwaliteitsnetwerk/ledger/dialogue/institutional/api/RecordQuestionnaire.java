package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a questionnaire held to prepare the dialogue, e.g. one that maps the quality culture. */
public record RecordQuestionnaire(@TargetAggregateIdentifier String dialogueId,
        String preparationId,
        String title,
        int respondents,
        String responseSummary,
        Actor actor,
        Long expectedVersion) implements DialogueCommand {
}
