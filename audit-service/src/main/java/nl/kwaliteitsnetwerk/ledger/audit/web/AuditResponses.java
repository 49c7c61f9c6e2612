package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditKind;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.api.TeamMember;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditView;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The reduced shapes of an audit for callers who may not see all of it. */
final class AuditResponses {

    private AuditResponses() {
    }

    /** Planning data: no findings, judgements, reports or comments. */
    record AuditSummary(String auditId, long version, InstitutionRef institution, AuditKind kind, String theme,
                        LocalDate plannedDate, FrameworkRef framework, AuditStatus status, TeamMember leadAuditor,
                        List<TeamMember> auditors, Instant lastChangedAt) {

        static AuditSummary of(AuditView view) {
            return new AuditSummary(view.auditId, view.version, view.institution, view.kind, view.theme,
                    view.plannedDate, view.framework, view.status, view.leadAuditor, view.auditors, view.lastChangedAt);
        }
    }

    /** What is public once the summary is published: the summary, the final judgements, follow-up status. */
    record PublicAudit(String auditId, InstitutionRef institution, AuditKind kind, String theme,
                       FrameworkRef framework, Instant publishedAt, String publicSummary,
                       Map<String, String> standardJudgements, String overallJudgement,
                       List<PublicFollowUp> followUps) {

        static PublicAudit of(AuditView view) {
            return new PublicAudit(view.auditId, view.institution, view.kind, view.theme, view.finalReport.framework(),
                    view.publication.publishedAt(), view.publication.summary(),
                    view.finalReport.standardJudgements(), view.finalReport.overallJudgement(),
                    view.followUps.stream().map(PublicFollowUp::of).toList());
        }
    }

    record PublicFollowUp(String followUpId, String standardCode, LocalDate dueDate, AuditView.FollowUpStatus status) {

        static PublicFollowUp of(AuditView.FollowUp followUp) {
            return new PublicFollowUp(followUp.followUpId, followUp.standardCode, followUp.dueDate, followUp.status);
        }
    }
}
