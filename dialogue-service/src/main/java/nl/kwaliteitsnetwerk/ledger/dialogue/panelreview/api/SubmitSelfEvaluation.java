package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The institution submits a self-evaluation on one standard, at team or institution level. */
public record SubmitSelfEvaluation(@TargetAggregateIdentifier String panelReviewId,
        String selfEvaluationId,
        EvaluationLevel level,
        String teamName,
        String standardCode,
        String measurableOutcomes,
        String noticeableOutcomes,
        String text,
        Actor actor,
        Long expectedVersion) implements PanelReviewCommand {
}
