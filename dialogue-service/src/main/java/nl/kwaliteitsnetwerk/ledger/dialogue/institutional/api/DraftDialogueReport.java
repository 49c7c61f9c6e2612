package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.util.List;
import java.util.Map;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Drafts (or redrafts) the report: conclusions and recommendations per capacity. A redraft after the institution
 * reacted to the draft before says how it answers that reaction ({@code reactionAnswer}); a first draft has none.
 */
public record DraftDialogueReport(@TargetAggregateIdentifier String dialogueId,
        Map<DialogueLens, String> conclusions,
        List<RecommendationDraft> recommendations,
        String reactionAnswer,
        Actor actor,
        Long expectedVersion) implements DialogueCommand {

    /** A draft that answers no reaction. */
    public DraftDialogueReport(String dialogueId, Map<DialogueLens, String> conclusions,
                               List<RecommendationDraft> recommendations, Actor actor, Long expectedVersion) {
        this(dialogueId, conclusions, recommendations, null, actor, expectedVersion);
    }
}
