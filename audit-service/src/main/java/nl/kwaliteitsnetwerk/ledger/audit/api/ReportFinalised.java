package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * The report was finalised, with the judgements in force and the improvement points. The finalisation approves
 * the concept revision whose digest is {@code approvedDigest}; {@code reportDigest} is the final report's own
 * ({@link ReportDigest}). Stored before digests existed, both are null: a reader computes the report's digest.
 * {@code supervisionTerm}: the term of the inspectorate's follow-up supervision an investigation sets; null for an audit. */
public record ReportFinalised(
        String auditId,
        String reportText,
        FrameworkRef framework,
        Map<String, String> standardJudgements,
        String overallJudgement,
        List<String> improvementPointIds,
        String approvedDigest,
        String reportDigest,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn,
        SupervisionTerm supervisionTerm) implements AuditEvent, BusinessDated {
    public ReportFinalised {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }
}
