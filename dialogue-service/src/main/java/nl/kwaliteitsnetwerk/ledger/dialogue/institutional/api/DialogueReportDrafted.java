package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
        Actor actor,
        Instant occurredAt) implements DialogueEvent {

    /** A draft that answers no reaction. */
    public DialogueReportDrafted(String dialogueId, int revision, Map<DialogueLens, String> conclusions,
                                 List<Recommendation> recommendations, Actor actor, Instant occurredAt) {
        this(dialogueId, revision, conclusions, recommendations, null, actor, occurredAt);
    }
}
