package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The lead auditor reopened a follow-up action. */
public record FollowUpReopened(
        String auditId,
        String followUpId,
        String reason,
        LocalDate newDueDate,
        Actor actor,
        Instant occurredAt) implements AuditEvent {
}
