package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The chair publishes the validation report with the board's reaction; it never changes after this. */
public record PublishValidationReport(@TargetAggregateIdentifier String committeeId,
        String reviewId,
        String summary,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion) {
}
