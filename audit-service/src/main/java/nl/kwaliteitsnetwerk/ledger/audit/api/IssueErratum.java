package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Corrects a final report by an erratum that refers to it and says why. */
public record IssueErratum(
        @TargetAggregateIdentifier String auditId,
        String erratumId,
        String correction,
        String reason,
        Actor actor,
        Long expectedVersion,
        LocalDate occurredOn) implements AuditCommand {
}
