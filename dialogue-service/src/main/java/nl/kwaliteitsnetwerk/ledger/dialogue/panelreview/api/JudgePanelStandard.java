package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import java.util.List;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The panel judges a standard, on the self-evaluations it read; judging again revises, with a reason. */
public record JudgePanelStandard(@TargetAggregateIdentifier String panelReviewId,
        String standardCode,
        String value,
        String rationale,
        List<String> selfEvaluationIds,
        String revisionReason,
        Actor actor,
        Long expectedVersion) implements PanelReviewCommand {
}
