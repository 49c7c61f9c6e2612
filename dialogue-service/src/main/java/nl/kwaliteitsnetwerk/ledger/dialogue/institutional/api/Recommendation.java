package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.util.List;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.ContentDigest;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;

/** A recommendation of the report. */
public record Recommendation(String recommendationId,
        DialogueLens lens,
        String text) {

    /** u32(count), then str(recommendationId) str(lens) str(text) for each, in their order. */
    static void encode(ContentDigest digest, List<Recommendation> recommendations) {
        digest.number(recommendations.size());
        recommendations.forEach(r -> digest.text(r.recommendationId()).text(r.lens().name()).text(r.text()));
    }
}
