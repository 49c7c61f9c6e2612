package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The institution decides not to adopt a recommendation, and says why. */
public record DeclineRecommendation(@TargetAggregateIdentifier String dialogueId,
        String recommendationId,
        String reason,
        Actor actor,
        Long expectedVersion) implements DialogueCommand.RecommendationCommand {
}
