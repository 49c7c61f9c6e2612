package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A self-evaluation was submitted. */
public record SelfEvaluationSubmitted(String panelReviewId,
        String selfEvaluationId,
        EvaluationLevel level,
        String teamName,
        String standardCode,
        String measurableOutcomes,
        String noticeableOutcomes,
        String text,
        Actor actor,
        Instant occurredAt) implements PanelReviewEvent {
}
