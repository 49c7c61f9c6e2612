package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import java.util.List;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Opens a validation review of finalised reports against a version of the validation questions. */
public record OpenValidationReview(@TargetAggregateIdentifier String committeeId,
        String reviewId,
        String title,
        List<ReportUnderReview> reports,
        String questionSetId,
        String questionSetVersion,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion) {
}
