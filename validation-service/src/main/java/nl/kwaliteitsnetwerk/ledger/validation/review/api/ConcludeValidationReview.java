package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The chair concludes the review once every question is answered for every report. */
public record ConcludeValidationReview(@TargetAggregateIdentifier String reviewId,
        String conclusion,
        Actor actor,
        Long expectedVersion) implements ReviewCommand {
}
