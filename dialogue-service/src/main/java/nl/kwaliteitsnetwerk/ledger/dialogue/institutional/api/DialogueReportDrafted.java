package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.ContentDigest;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * A draft of the report; confidential to the committee and the institution. A redraft after a reaction carries the
 * committee's answer to it; a first draft, a redraft without a reaction before it, and every draft stored before
 * answers were recorded, carry none (the field is then absent).
 */
public record DialogueReportDrafted(String dialogueId,
        int revision,
        Map<DialogueLens, String> conclusions,
        List<Recommendation> recommendations,
        @JsonInclude(JsonInclude.Include.NON_NULL) ReactionAnswer reactionAnswer,
        String reportDigest,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {

    /** A draft stored before digests has none: it is computed from what the draft stores (tolerant reading). */
    public DialogueReportDrafted {
        if (reportDigest == null) {
            reportDigest = digestOf(dialogueId, revision, conclusions, recommendations, reactionAnswer);
        }
    }

    /** A new draft: its digest is computed over its content. */
    public DialogueReportDrafted(String dialogueId, int revision, Map<DialogueLens, String> conclusions,
                                 List<Recommendation> recommendations, ReactionAnswer reactionAnswer, Actor actor,
                                 Instant occurredAt) {
        this(dialogueId, revision, conclusions, recommendations, reactionAnswer, null, actor, occurredAt);
    }

    /**
     * "QAL-DIALOGUE-DRAFT-1" str(dialogueId) u32(revision) map(conclusions by lens) u32(count) then per
     * recommendation str(id) str(lens) str(text), then answer(reactionAnswer); see {@link ContentDigest}.
     */
    public static String digestOf(String dialogueId, int revision, Map<DialogueLens, String> conclusions,
                                  List<Recommendation> recommendations, ReactionAnswer reactionAnswer) {
        ContentDigest digest = ContentDigest.tagged("QAL-DIALOGUE-DRAFT-1").text(dialogueId).number(revision)
                .map(conclusions);
        Recommendation.encode(digest, recommendations);
        return ReactionAnswer.encode(digest, reactionAnswer).hex();
    }

    /** A draft that answers no reaction. */
    public DialogueReportDrafted(String dialogueId, int revision, Map<DialogueLens, String> conclusions,
                                 List<Recommendation> recommendations, Actor actor, Instant occurredAt) {
        this(dialogueId, revision, conclusions, recommendations, null, null, actor, occurredAt);
    }
}
