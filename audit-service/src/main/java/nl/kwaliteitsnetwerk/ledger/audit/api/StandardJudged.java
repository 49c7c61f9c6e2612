package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A standard was judged; {@code revises} names the judgement this one replaces, if any. */
public record StandardJudged(
        String auditId,
        String judgementId,
        String standardCode,
        String value,
        String rationale,
        FrameworkRef framework,
        String revises,
        String revisionReason,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {
    public StandardJudged {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }
}
