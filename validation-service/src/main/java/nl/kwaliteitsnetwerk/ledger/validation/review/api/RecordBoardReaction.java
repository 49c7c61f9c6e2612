package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The network's board reacts to the concluded review, citing the content digest of the validation report it read. */
public record RecordBoardReaction(@TargetAggregateIdentifier String reviewId,
        String reaction,
        String approvedDigest,
        Actor actor,
        Long expectedVersion) implements ReviewCommand {
}
