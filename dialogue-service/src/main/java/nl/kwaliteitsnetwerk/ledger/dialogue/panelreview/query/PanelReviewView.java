package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.FoldedView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The read model of one panel review; {@code version} is the sequence number of the last event applied. */
public class PanelReviewView extends FoldedView {

    public String panelReviewId;
    public InstitutionRef institution;
    public FrameworkRef framework;
    public LocalDate plannedDate;
    public PanelReviewStatus status;
    public Assessor chair;
    public List<Assessor> members = new ArrayList<>();
    public List<SelfEvaluation> selfEvaluations = new ArrayList<>();
    public Map<String, Judgement> judgements = new LinkedHashMap<>();
    public List<Judgement> judgementHistory = new ArrayList<>();
    public Report report;
    public Reaction reaction;
    public Publication publication;
    public Instant scheduledAt;

    public List<String> panelUserIds() {
        List<String> panel = new ArrayList<>();
        Optional.ofNullable(chair).ifPresent(person -> panel.add(person.userId()));
        members.forEach(member -> panel.add(member.userId()));
        return panel;
    }

    public record SelfEvaluation(String selfEvaluationId, EvaluationLevel level, String teamName, String standardCode,
                                 String measurableOutcomes, String noticeableOutcomes, String text, Instant submittedAt) {
    }

    public record Judgement(String judgementId, String standardCode, String value, String rationale,
                            List<String> selfEvaluationIds, FrameworkRef framework, String revises,
                            String revisionReason, Actor judgedBy, Instant judgedAt) {
    }

    /** The issued report with its content digest, which the board's reaction cites. */
    public record Report(String reportText, FrameworkRef framework, Map<String, String> standardJudgements,
                         String reportDigest, Instant issuedAt) {
    }

    /** The board's reaction, citing the digest of the report it reacted to; stale when that is not the report's. */
    public record Reaction(String text, String approvedDigest, boolean stale, Instant at) {
    }

    public record Publication(String summary, Instant publishedAt) {
    }

    /** Applies {@code event}, the review's event number {@code sequence}, unless the view has it already. */
    public static boolean apply(PanelReviewView view, PanelReviewEvent event, long sequence) {
        return view.applyOnce(sequence, event.occurredAt(), () -> fold(view, event));
    }

    private static void fold(PanelReviewView view, PanelReviewEvent event) {
        if (event instanceof PanelReviewScheduled e) {
            view.panelReviewId = e.panelReviewId();
            view.institution = e.institution();
            view.framework = e.framework();
            view.plannedDate = e.plannedDate();
            view.scheduledAt = e.occurredAt();
            view.status = PanelReviewStatus.SCHEDULED;
        } else if (event instanceof PanelComposed e) {
            view.chair = e.chair();
            view.members = new ArrayList<>(e.members());
            view.status = PanelReviewStatus.PANEL_COMPOSED;
        } else if (event instanceof SelfEvaluationSubmitted e) {
            view.selfEvaluations.add(new SelfEvaluation(e.selfEvaluationId(), e.level(), e.teamName(), e.standardCode(),
                    e.measurableOutcomes(), e.noticeableOutcomes(), e.text(), e.occurredAt()));
        } else if (event instanceof PanelStandardJudged e) {
            Judgement judgement = new Judgement(e.judgementId(), e.standardCode(), e.value(), e.rationale(),
                    e.selfEvaluationIds(), e.framework(), e.revises(), e.revisionReason(), e.actor(), e.occurredAt());
            view.judgements.put(e.standardCode(), judgement);
            view.judgementHistory.add(judgement);
        } else if (event instanceof PanelReportIssued e) {
            view.report = new Report(e.reportText(), e.framework(), e.standardJudgements(), e.reportDigest(),
                    e.occurredAt());
            view.status = PanelReviewStatus.REPORT_ISSUED;
        } else if (event instanceof PanelReportReactedTo e) {
            // a reaction stored before digests reacted to the one report issued: it approved that report's content
            String approved = e.approvedDigest() == null ? view.report.reportDigest() : e.approvedDigest();
            view.reaction = new Reaction(e.reaction(), approved, !approved.equals(view.report.reportDigest()),
                    e.occurredAt());
        } else if (event instanceof PanelReportPublished e) {
            view.publication = new Publication(e.summary(), e.occurredAt());
            view.status = PanelReviewStatus.PUBLISHED;
        }
    }
}
