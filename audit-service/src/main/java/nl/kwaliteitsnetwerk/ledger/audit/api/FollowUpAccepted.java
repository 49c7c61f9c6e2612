package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The lead auditor accepted a follow-up action; it has ended. */
public record FollowUpAccepted(
        String auditId,
        String followUpId,
        String note,
        Actor actor,
        Instant occurredAt) implements AuditEvent {
}
