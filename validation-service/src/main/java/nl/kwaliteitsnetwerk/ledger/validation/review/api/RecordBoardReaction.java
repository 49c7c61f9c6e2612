package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The network's board reacts to the concluded review. */
public record RecordBoardReaction(@TargetAggregateIdentifier String reviewId,
        String reaction,
        Actor actor,
        Long expectedVersion) implements ReviewCommand {
}
