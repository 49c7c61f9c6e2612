package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The report was finalised; it never changes after this. It shows who took part. */
public record DialogueReportFinalised(String dialogueId,
        int draftRevision,
        Map<DialogueLens, String> conclusions,
        List<Recommendation> recommendations,
        StakeholderMix stakeholderMix,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
