package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;

/** An audit was scheduled. */
public record AuditScheduled(
        String auditId,
        InstitutionRef institution,
        AuditKind kind,
        String theme,
        LocalDate plannedDate,
        FrameworkRef framework,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {
    public AuditScheduled {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }
}
