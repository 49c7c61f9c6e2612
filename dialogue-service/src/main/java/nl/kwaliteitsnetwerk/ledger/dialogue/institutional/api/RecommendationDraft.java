package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;

/** A recommendation as drafted; the dialogue gives it its id. */
public record RecommendationDraft(DialogueLens lens,
        String text) {
}
