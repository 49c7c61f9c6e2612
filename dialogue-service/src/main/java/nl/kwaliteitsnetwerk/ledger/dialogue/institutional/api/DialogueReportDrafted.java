package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A draft of the report; confidential to the committee and the institution. */
public record DialogueReportDrafted(String dialogueId,
        int revision,
        Map<DialogueLens, String> conclusions,
        List<Recommendation> recommendations,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
