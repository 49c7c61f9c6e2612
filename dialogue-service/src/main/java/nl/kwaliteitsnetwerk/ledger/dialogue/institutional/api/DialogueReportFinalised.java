package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.ContentDigest;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * The report was finalised; it never changes after this. It cites {@code approvedDigest}, the digest of the draft
 * it finalises (absent in reports finalised before digests existed). It shows who took part, and how the committee answered the
 * institution's reaction to the draft it finalises (absent in reports finalised before answers were recorded).
 */
public record DialogueReportFinalised(String dialogueId,
        int draftRevision,
        Map<DialogueLens, String> conclusions,
        List<Recommendation> recommendations,
        StakeholderMix stakeholderMix,
        @JsonInclude(JsonInclude.Include.NON_NULL) ReactionAnswer reactionAnswer,
        String reportDigest,
        @JsonInclude(JsonInclude.Include.NON_NULL) String approvedDigest,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {

    /** A report stored before digests has none: it is computed from what the report stores (tolerant reading). */
    public DialogueReportFinalised {
        if (reportDigest == null) {
            reportDigest = digestOf(dialogueId, draftRevision, conclusions, recommendations, stakeholderMix,
                    reactionAnswer);
        }
    }

    /** A new final report, citing the digest of the draft it finalises; its own digest is computed over it. */
    public DialogueReportFinalised(String dialogueId, int draftRevision, Map<DialogueLens, String> conclusions,
                                   List<Recommendation> recommendations, StakeholderMix stakeholderMix,
                                   ReactionAnswer reactionAnswer, String approvedDigest, Actor actor,
                                   Instant occurredAt) {
        this(dialogueId, draftRevision, conclusions, recommendations, stakeholderMix, reactionAnswer, null,
                approvedDigest, actor, occurredAt);
    }

    /**
     * "QAL-DIALOGUE-FINAL-1" str(dialogueId) u32(draftRevision) map(conclusions by lens) recommendations as in a
     * draft, mix(stakeholderMix) (absent: 0x00; else 0x01 u32(count) then per group str(category) and u32 of
     * sessions, consulted, assessing, committee members), answer(reactionAnswer); see {@link ContentDigest}.
     */
    public static String digestOf(String dialogueId, int draftRevision, Map<DialogueLens, String> conclusions,
                                  List<Recommendation> recommendations, StakeholderMix stakeholderMix,
                                  ReactionAnswer reactionAnswer) {
        ContentDigest digest = ContentDigest.tagged("QAL-DIALOGUE-FINAL-1").text(dialogueId).number(draftRevision)
                .map(conclusions);
        Recommendation.encode(digest, recommendations);
        digest.present(stakeholderMix != null);
        if (stakeholderMix != null) {
            digest.number(stakeholderMix.groups().size());
            stakeholderMix.groups().forEach(g -> digest.text(g.category().name()).number(g.sessions())
                    .number(g.consulted()).number(g.assessing()).number(g.committeeMembers()));
        }
        return ReactionAnswer.encode(digest, reactionAnswer).hex();
    }

    /** A report finalised before the committee's answer to the reaction was recorded with it. */
    public DialogueReportFinalised(String dialogueId, int draftRevision, Map<DialogueLens, String> conclusions,
                                   List<Recommendation> recommendations, StakeholderMix stakeholderMix, Actor actor,
                                   Instant occurredAt) {
        this(dialogueId, draftRevision, conclusions, recommendations, stakeholderMix, null, null, null, actor, occurredAt);
    }
}
