package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import java.util.List;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a validation review of finalised reports against a version of the validation questions. */
public record OpenValidationReview(@TargetAggregateIdentifier String committeeId,
        String reviewId,
        String title,
        List<ReportUnderReview> reports,
        String questionSetId,
        String questionSetVersion,
        Actor actor,
        Long expectedVersion) implements CommitteeCommand {
}
