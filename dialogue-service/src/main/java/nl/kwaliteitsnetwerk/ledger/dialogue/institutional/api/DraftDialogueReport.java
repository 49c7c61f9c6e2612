package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.util.List;
import java.util.Map;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Drafts (or redrafts) the report: conclusions and recommendations per capacity. */
public record DraftDialogueReport(@TargetAggregateIdentifier String dialogueId,
        Map<DialogueLens, String> conclusions,
        List<RecommendationDraft> recommendations,
        Actor actor,
        Long expectedVersion) implements DialogueCommand {
}
