package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import java.time.Instant;
import java.util.Map;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * A concept report was issued; the comment period runs until the deadline. It states the judgements in force
 * when it was issued, and {@code reportDigest} is its content digest ({@link ReportDigest}): what an approval of
 * this revision cites. Stored before digests existed, it holds neither (null); a reader computes the digest.
 */
public record ConceptReportIssued(
        String auditId,
        int revision,
        String reportText,
        Instant commentDeadline,
        Map<String, String> standardJudgements,
        String overallJudgement,
        String reportDigest,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {
    public ConceptReportIssued {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }
}
