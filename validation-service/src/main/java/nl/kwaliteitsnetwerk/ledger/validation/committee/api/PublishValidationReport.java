package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The chair publishes the validation report with the board's reaction; it never changes after this. */
public record PublishValidationReport(@TargetAggregateIdentifier String committeeId,
        String reviewId,
        String summary,
        Actor actor,
        Long expectedVersion) implements ReviewCommand {
}
