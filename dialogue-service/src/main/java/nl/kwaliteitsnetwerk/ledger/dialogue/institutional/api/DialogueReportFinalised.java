package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * The report was finalised; it never changes after this. It shows who took part, and how the committee answered the
 * institution's reaction to the draft it finalises (absent in reports finalised before answers were recorded).
 */
public record DialogueReportFinalised(String dialogueId,
        int draftRevision,
        Map<DialogueLens, String> conclusions,
        List<Recommendation> recommendations,
        StakeholderMix stakeholderMix,
        @JsonInclude(JsonInclude.Include.NON_NULL) ReactionAnswer reactionAnswer,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {

    /** A report finalised before the committee's answer to the reaction was recorded with it. */
    public DialogueReportFinalised(String dialogueId, int draftRevision, Map<DialogueLens, String> conclusions,
                                   List<Recommendation> recommendations, StakeholderMix stakeholderMix, Actor actor,
                                   Instant occurredAt) {
        this(dialogueId, draftRevision, conclusions, recommendations, stakeholderMix, null, actor, occurredAt);
    }
}
