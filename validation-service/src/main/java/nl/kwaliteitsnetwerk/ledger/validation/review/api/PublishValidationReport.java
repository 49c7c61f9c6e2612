package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The chair publishes the validation report with the board's reaction; it never changes after this. */
public record PublishValidationReport(@TargetAggregateIdentifier String reviewId,
        String summary,
        Actor actor,
        Long expectedVersion) implements ReviewCommand {
}
