package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import java.time.Instant;
import java.util.Map;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.ContentDigest;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The panel's report was issued with its final judgement per standard. */
public record PanelReportIssued(String panelReviewId,
        String reportText,
        FrameworkRef framework,
        Map<String, String> standardJudgements,
        String reportDigest,
        Actor actor,
        Instant occurredAt) implements PanelReviewEvent {

    /** A report stored before digests has none: it is computed from what the report stores (tolerant reading). */
    public PanelReportIssued {
        if (reportDigest == null) {
            reportDigest = digestOf(panelReviewId, reportText, framework, standardJudgements);
        }
    }

    /** A new report: its digest is computed over its content. */
    public PanelReportIssued(String panelReviewId, String reportText, FrameworkRef framework,
                             Map<String, String> standardJudgements, Actor actor, Instant occurredAt) {
        this(panelReviewId, reportText, framework, standardJudgements, null, actor, occurredAt);
    }

    /**
     * "QAL-PANEL-REPORT-1" str(panelReviewId) str(framework id) str(framework version) str(reportText)
     * map(standardJudgements); see {@link ContentDigest}.
     */
    public static String digestOf(String panelReviewId, String reportText, FrameworkRef framework,
                                  Map<String, String> standardJudgements) {
        return ContentDigest.tagged("QAL-PANEL-REPORT-1").text(panelReviewId).text(framework.id())
                .text(framework.version()).text(reportText).map(standardJudgements).hex();
    }
}
