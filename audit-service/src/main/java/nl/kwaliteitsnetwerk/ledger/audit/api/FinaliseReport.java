package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Finalises the report; from then on it never changes. */
public record FinaliseReport(
        @TargetAggregateIdentifier String auditId,
        String reportText,
        Actor actor,
        Long expectedVersion) implements AuditCommand {
}
