package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issues the concept report and opens the comment period until the deadline. */
public record IssueConceptReport(
        @TargetAggregateIdentifier String auditId,
        String reportText,
        Instant commentDeadline,
        Actor actor,
        Long expectedVersion,
        LocalDate occurredOn) implements AuditCommand {
}
