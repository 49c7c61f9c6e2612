package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Opens a validation review of finalised reports against a version of the validation questions, under the
 * committee {@code committeeId} as it is when the command is handled; {@code expectedVersion} is the version
 * of the committee its sender last saw (null for whatever it is now).
 */
public record OpenValidationReview(String committeeId,
        @TargetAggregateIdentifier String reviewId,
        String title,
        List<ReportUnderReview> reports,
        String questionSetId,
        String questionSetVersion,
        Actor actor,
        Long expectedVersion) {
}
