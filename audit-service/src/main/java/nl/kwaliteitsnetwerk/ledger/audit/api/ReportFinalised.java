package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The report was finalised, with the judgements in force and the improvement points. */
public record ReportFinalised(
        String auditId,
        String reportText,
        FrameworkRef framework,
        Map<String, String> standardJudgements,
        String overallJudgement,
        List<String> improvementPointIds,
        Actor actor,
        Instant occurredAt) implements AuditEvent {
}
