package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import java.time.Instant;
import java.util.Map;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The panel's report was issued with its final judgement per standard. */
public record PanelReportIssued(String panelReviewId,
        String reportText,
        FrameworkRef framework,
        Map<String, String> standardJudgements,
        Actor actor,
        Instant occurredAt) implements PanelReviewEvent {
}
