package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The concept report was reopened for findings and judgements. */
public record AuditReopened(
        String auditId,
        String reason,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {
    public AuditReopened {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }
}
