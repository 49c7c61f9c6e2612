package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A finding was retracted, with the reason. */
public record FindingRetracted(
        String auditId,
        String findingId,
        String reason,
        Actor actor,
        Instant occurredAt) implements AuditEvent {
}
