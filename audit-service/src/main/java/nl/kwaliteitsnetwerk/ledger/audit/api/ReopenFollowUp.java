package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The lead auditor reopens a follow-up action reported done, with a reason and a new due date. */
public record ReopenFollowUp(
        @TargetAggregateIdentifier String auditId,
        String followUpId,
        String reason,
        LocalDate newDueDate,
        Actor actor,
        Long expectedVersion) implements FollowUpCommand {
}
