package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One member leaves and another joins, from a date, for a reason; the committee keeps its composition. */
public record ChangeMembership(@TargetAggregateIdentifier String committeeId,
        String leavingUserId,
        CommitteeMember joining,
        LocalDate effectiveOn,
        String reason,
        Actor actor,
        Long expectedVersion) implements CommitteeCommand {
}
