package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The concept report was reopened for findings and judgements. */
public record AuditReopened(
        String auditId,
        String reason,
        Actor actor,
        Instant occurredAt) implements AuditEvent {
}
