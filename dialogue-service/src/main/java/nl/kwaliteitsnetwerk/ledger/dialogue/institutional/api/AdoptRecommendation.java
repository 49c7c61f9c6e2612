package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The institution puts a recommendation on its development agenda, with an owner and a due date. */
public record AdoptRecommendation(@TargetAggregateIdentifier String dialogueId,
        String recommendationId,
        String agendaItemId,
        String description,
        String owner,
        LocalDate dueDate,
        Actor actor,
        Long expectedVersion) implements DialogueCommand.RecommendationCommand {
}
