package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The institution reported a follow-up action done. */
public record FollowUpReportedDone(
        String auditId,
        String followUpId,
        String evidence,
        Actor actor,
        Instant occurredAt) implements AuditEvent {
}
