package nl.kwaliteitsnetwerk.ledger.audit.query;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Folds audit events into an {@link AuditView}. Pure: the same events give the same view, whether
 * they come from the live projection or from a replay up to a past instant.
 */
public final class AuditViewFolder {

    private AuditViewFolder() {
    }

    /** Applies {@code event}, the audit's event number {@code sequence}, unless the view has it already. */
    public static boolean apply(AuditView view, AuditEvent event, long sequence) {
        if (sequence <= view.version) {
            return false;
        }
        fold(view, event);
        view.reportVersions.fold(event);
        view.businessTime.fold(event, sequence);
        view.status = AuditStatus.after(event, view.status);
        view.version = sequence;
        view.lastChangedAt = event.occurredAt();
        return true;
    }

    private static void fold(AuditView view, AuditEvent event) {
        if (event instanceof AuditScheduled e) {
            view.auditId = e.auditId();
            view.institution = e.institution();
            view.kind = e.kind();
            view.theme = e.theme();
            view.plannedDate = e.plannedDate();
            view.framework = e.framework();
            view.scheduledAt = e.occurredAt();
        } else if (event instanceof AuditTeamAssigned e) {
            view.leadAuditor = e.leadAuditor();
            view.auditors = new ArrayList<>(e.auditors());
        } else if (event instanceof IntakeRecorded e) {
            view.intake = new AuditView.Intake(e.heldOn(), e.expectations(), e.actor());
        } else if (event instanceof SiteVisitStarted e) {
            view.siteVisitStartedAt = e.occurredAt();
        } else if (event instanceof FindingRecorded e) {
            AuditView.Finding finding = new AuditView.Finding();
            finding.findingId = e.findingId();
            finding.standardCode = e.standardCode();
            finding.kind = e.kind();
            finding.text = e.text();
            finding.evidence = new ArrayList<>(e.evidence());
            finding.recordedBy = e.actor();
            finding.recordedAt = e.occurredAt();
            view.findings.add(finding);
        } else if (event instanceof FindingCorrected e) {
            AuditView.Finding finding = view.finding(e.findingId());
            finding.standardCode = e.standardCode();
            finding.kind = e.kind();
            finding.text = e.text();
            finding.evidence = new ArrayList<>(e.evidence());
            finding.revision = e.revision();
            finding.corrections.add(new AuditView.Correction(e.revision(), e.reason(), e.actor(), e.occurredAt()));
        } else if (event instanceof FindingRetracted e) {
            AuditView.Finding finding = view.finding(e.findingId());
            finding.retracted = true;
            finding.retractionReason = e.reason();
        } else if (event instanceof StandardJudged e) {
            AuditView.Judgement judgement = new AuditView.Judgement(e.judgementId(), e.standardCode(), e.value(),
                    e.rationale(), e.framework(), e.revises(), e.revisionReason(), e.actor(), e.occurredAt());
            view.judgements.put(e.standardCode(), judgement);
            view.judgementHistory.add(judgement);
        } else if (event instanceof OverallJudgementRecorded e) {
            AuditView.Judgement judgement = new AuditView.Judgement(e.judgementId(), null, e.value(),
                    e.rationale(), e.framework(), e.revises(), e.revisionReason(), e.actor(), e.occurredAt());
            view.overallJudgement = judgement;
            view.judgementHistory.add(judgement);
        } else if (event instanceof OralFeedbackGiven e) {
            view.oralFeedback = e.summary();
        } else if (event instanceof ConceptReportIssued e) {
            view.concept = new AuditView.Concept(e.revision(), e.reportText(), e.commentDeadline(), e.occurredAt());
        } else if (event instanceof AuditReopened e) {
            view.reopenings.add(new AuditView.Reopening(e.reason(), e.actor(), e.occurredAt()));
        } else if (event instanceof ConceptCommented e) {
            AuditView.Comment comment = new AuditView.Comment();
            comment.commentId = e.commentId();
            comment.conceptRevision = e.conceptRevision();
            comment.standardCode = e.standardCode();
            comment.text = e.text();
            comment.commentedBy = e.actor();
            comment.commentedAt = e.occurredAt();
            view.comments.add(comment);
        } else if (event instanceof CommentDisposed e) {
            AuditView.Comment comment = view.comment(e.commentId());
            comment.disposition = e.disposition();
            comment.explanation = e.explanation();
            comment.disposedAt = e.occurredAt();
        } else if (event instanceof ReportFinalised e) {
            view.finalReport = new AuditView.FinalReport(e.reportText(), e.framework(),
                    new LinkedHashMap<>(e.standardJudgements()), e.overallJudgement(),
                    new ArrayList<>(e.improvementPointIds()), e.occurredAt());
        } else if (event instanceof ErratumIssued e) {
            view.errata.add(new AuditView.Erratum(e.erratumId(), e.correction(), e.reason(), e.actor(), e.occurredAt()));
        } else if (event instanceof PublicSummaryPublished e) {
            view.publication = new AuditView.Publication(e.summary(), e.occurredAt());
        } else if (event instanceof FollowUpActionOpened e) {
            AuditView.FollowUp followUp = new AuditView.FollowUp();
            followUp.followUpId = e.followUpId();
            followUp.findingId = e.findingId();
            followUp.standardCode = e.standardCode();
            followUp.description = e.description();
            followUp.ownerInstitutionCode = e.ownerInstitutionCode();
            followUp.dueDate = e.dueDate();
            followUp.status = AuditView.FollowUpStatus.OPEN;
            view.followUps.add(followUp);
        } else if (event instanceof FollowUpReportedDone e) {
            AuditView.FollowUp followUp = view.followUp(e.followUpId());
            followUp.status = AuditView.FollowUpStatus.REPORTED_DONE;
            followUp.evidence = e.evidence();
        } else if (event instanceof FollowUpAccepted e) {
            AuditView.FollowUp followUp = view.followUp(e.followUpId());
            followUp.status = AuditView.FollowUpStatus.ACCEPTED;
            followUp.lastNote = e.note();
            followUp.closedAt = e.occurredAt();
        } else if (event instanceof FollowUpReopened e) {
            AuditView.FollowUp followUp = view.followUp(e.followUpId());
            followUp.status = AuditView.FollowUpStatus.OPEN;
            followUp.lastNote = e.reason();
            followUp.dueDate = e.newDueDate();
        } else if (event instanceof JudgementCarriedOver e) {
            // the standard's judgement, as if made here; its reference is folded with business time
            AuditView.Judgement judgement = new AuditView.Judgement(e.judgementId(), e.standardCode(), e.value(),
                    "carried over: " + BusinessTimeView.shownAs(e), e.framework(), null, null, e.actor(),
                    e.occurredAt());
            view.judgements.put(e.standardCode(), judgement);
            view.judgementHistory.add(judgement);
        } else if (event instanceof BusinessDateCorrected) {
            // folded with business time (BusinessTimeView)
        } else if (event instanceof BoardReactionRecorded) {
            // an approval: folded with the report's versions (ReportVersionsView), as every digest is
        } else {
            throw new IllegalStateException("no fold for " + event.getClass().getSimpleName());
        }
    }
}
