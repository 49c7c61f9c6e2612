package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The overall judgement (quality profile or final judgement) was recorded; {@code revises} names the one it replaces. */
public record OverallJudgementRecorded(
        String auditId,
        String judgementId,
        String value,
        String rationale,
        FrameworkRef framework,
        String revises,
        String revisionReason,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {
    public OverallJudgementRecorded {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }
}
