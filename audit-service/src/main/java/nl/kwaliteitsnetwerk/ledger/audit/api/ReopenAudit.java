package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopens a concept report for findings and judgements, saying why. */
public record ReopenAudit(
        @TargetAggregateIdentifier String auditId,
        String reason,
        Actor actor,
        Long expectedVersion,
        LocalDate occurredOn) implements AuditCommand {
}
