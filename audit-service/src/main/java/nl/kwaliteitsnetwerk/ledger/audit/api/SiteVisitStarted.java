package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The site visit started. */
public record SiteVisitStarted(
        String auditId,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {
    public SiteVisitStarted {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }
}
