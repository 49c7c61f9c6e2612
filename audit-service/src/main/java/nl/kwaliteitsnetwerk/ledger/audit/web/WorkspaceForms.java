package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditView;
import nl.kwaliteitsnetwerk.ledger.audit.web.AuditResponses.AuditSummary;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.AssessmentFramework;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus.*;

/**
 * Which of the workspace's forms one caller is offered on one audit, from what the API showed them of it: the
 * administrator the team, the lead auditor the steps that are theirs, the team its findings and judgements, the
 * institution and the Kwaliteitsraad their reactions. Only what is offered: the audit itself decides whether a
 * command is taken ({@code AuditPhases}), so a form shown in a phase the audit refuses is answered as the API
 * answers it. Read by {@code templates/audit/workspace.html} as the bean {@code workspaceForms}.
 */
@Component("workspaceForms")
class WorkspaceForms {

    private final FrameworkCatalog frameworks;

    WorkspaceForms(FrameworkCatalog frameworks) {
        this.frameworks = frameworks;
    }

    /**
     * The forms offered, with the audit and its framework for their choices; none for a reader shown only the
     * public part.
     */
    record Workspace(Set<String> forms, AuditView audit, AssessmentFramework framework) {

        public boolean shows(String form) {
            return forms.contains(form);
        }

        public boolean any() {
            return !forms.isEmpty();
        }

        /** The findings a correction or retraction may name: those not retracted. */
        public List<AuditView.Finding> findings() {
            return audit == null ? List.of() : audit.findings.stream().filter(f -> !f.retracted).toList();
        }

        /** Comments on the concept that have no disposition yet. */
        public List<AuditView.Comment> openComments() {
            return audit == null ? List.of() : audit.comments.stream().filter(c -> c.disposition == null).toList();
        }

        /** The improvement points of the final report, each needing a due date at publication. */
        public List<AuditView.Finding> improvementPoints() {
            if (audit == null || audit.finalReport == null || audit.finalReport.improvementPointIds() == null) {
                return List.of();
            }
            return audit.finalReport.improvementPointIds().stream()
                    .map(id -> audit.findings.stream().filter(f -> f.findingId.equals(id)).findFirst().orElse(null))
                    .filter(f -> f != null).toList();
        }

        public List<AuditView.FollowUp> followUps(String status) {
            return audit == null ? List.of()
                    : audit.followUps.stream().filter(f -> f.status.name().equals(status)).toList();
        }
    }

    public Workspace of(Object shown, Caller caller) {
        if (caller == null) {
            return new Workspace(Set.of(), null, null);
        }
        Set<String> forms = new HashSet<>();
        if (shown instanceof AuditSummary summary && caller.has(Role.ADMINISTRATOR)
                && EnumSet.of(SCHEDULED, TEAM_ASSIGNED).contains(summary.status())) {
            forms.add("team");
        }
        if (!(shown instanceof AuditView audit)) {
            return new Workspace(forms, null, null);
        }
        if (caller.has(Role.ADMINISTRATOR) && EnumSet.of(SCHEDULED, TEAM_ASSIGNED).contains(audit.status)) {
            forms.add("team");
        }
        boolean lead = caller.has(Role.LEAD_AUDITOR) && audit.leadAuditor != null
                && audit.leadAuditor.userId().equals(caller.userId());
        boolean team = (caller.has(Role.AUDITOR) || caller.has(Role.LEAD_AUDITOR))
                && audit.isTeamMember(caller.userId());
        boolean institution = caller.actsFor(audit.institution.code());
        if (lead) {
            forms.addAll(leadForms(audit));
        }
        if (team) {
            offer(forms, audit.status, EnumSet.of(SITE_VISIT, REOPENED), "finding", "correction", "retraction");
            offer(forms, audit.status, EnumSet.of(SITE_VISIT, VISIT_CLOSED, REOPENED), "judgement", "overall");
        }
        if (institution || caller.has(Role.QUALITY_COUNCIL)) {
            offer(forms, audit.status, EnumSet.of(CONCEPT_ISSUED), "comment");
        }
        if (institution) {
            offer(forms, audit.status, EnumSet.of(FINALISED, PUBLISHED), "boardReaction");
            offer(forms, audit.status, EnumSet.of(PUBLISHED), "followUpDone");
        }
        return new Workspace(forms, audit, frameworks.find(audit.framework).orElse(null));
    }

    private static Set<String> leadForms(AuditView audit) {
        Set<String> forms = new HashSet<>();
        offer(forms, audit.status, EnumSet.of(TEAM_ASSIGNED), "intake");
        offer(forms, audit.status, EnumSet.of(INTAKE_HELD), "siteVisit");
        offer(forms, audit.status, EnumSet.of(SITE_VISIT), "oralFeedback");
        offer(forms, audit.status, EnumSet.of(VISIT_CLOSED, REOPENED), "concept");
        offer(forms, audit.status, EnumSet.of(CONCEPT_ISSUED), "reopening", "finalReport");
        offer(forms, audit.status, EnumSet.of(CONCEPT_ISSUED, REOPENED), "disposition");
        offer(forms, audit.status, EnumSet.of(FINALISED), "publication");
        offer(forms, audit.status, EnumSet.of(FINALISED, PUBLISHED), "erratum");
        offer(forms, audit.status, EnumSet.of(PUBLISHED), "followUpReview");
        return forms;
    }

    private static void offer(Set<String> forms, AuditStatus status, Set<AuditStatus> phases, String... offered) {
        if (phases.contains(status)) {
            forms.addAll(List.of(offered));
        }
    }
}
