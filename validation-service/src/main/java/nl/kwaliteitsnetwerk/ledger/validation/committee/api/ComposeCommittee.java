package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import java.time.LocalDate;
import java.util.List;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Composes the validation committee: five members from the council of member institutions and one external member who chairs. */
public record ComposeCommittee(@TargetAggregateIdentifier String committeeId,
        List<CommitteeMember> members,
        String chairUserId,
        LocalDate effectiveFrom,
        Actor actor) {
}
