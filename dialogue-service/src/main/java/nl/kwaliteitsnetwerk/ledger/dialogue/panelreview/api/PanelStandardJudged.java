package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import java.time.Instant;
import java.util.List;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The panel judged a standard under a named model version; a revision points at the judgement it revises. */
public record PanelStandardJudged(String panelReviewId,
        String judgementId,
        String standardCode,
        String value,
        String rationale,
        List<String> selfEvaluationIds,
        FrameworkRef framework,
        String revises,
        String revisionReason,
        Actor actor,
        Instant occurredAt) implements PanelReviewEvent {
}
