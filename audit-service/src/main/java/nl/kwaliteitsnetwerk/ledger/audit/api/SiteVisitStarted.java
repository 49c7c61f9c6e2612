package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The site visit started. */
public record SiteVisitStarted(
        String auditId,
        Actor actor,
        Instant occurredAt) implements AuditEvent {
}
