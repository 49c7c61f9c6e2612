package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * An erratum to the final report was issued: a new version of the report, {@code reportDigest}, that supersedes
 * the version {@code supersedesDigest} ({@link ReportDigest}). Every approval given before it is stale from now
 * on. Stored before digests existed, both are null: a reader computes them from the versions it folded.
 */
public record ErratumIssued(
        String auditId,
        String erratumId,
        String correction,
        String reason,
        String supersedesDigest,
        String reportDigest,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {
    public ErratumIssued {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }
}
