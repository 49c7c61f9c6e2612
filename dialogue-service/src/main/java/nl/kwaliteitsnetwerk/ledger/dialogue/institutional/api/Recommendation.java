package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;

/** A recommendation of the report. */
public record Recommendation(String recommendationId,
        DialogueLens lens,
        String text) {
}
