package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** An erratum to the final report was issued. */
public record ErratumIssued(
        String auditId,
        String erratumId,
        String correction,
        String reason,
        Actor actor,
        Instant occurredAt) implements AuditEvent {
}
