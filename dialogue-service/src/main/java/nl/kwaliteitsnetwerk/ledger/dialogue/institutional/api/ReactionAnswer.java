package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.ContentDigest;

/**
 * How the committee answered the institution's reaction to draft {@code draftRevision}: given with the next draft,
 * or with the final report. Validation question V3 asks whether the reactions were answered; this is the answer.
 */
public record ReactionAnswer(int draftRevision, String answer) {

    /** answer(a) = 0x00 when absent, else 0x01 u32(draftRevision) str(answer). */
    static ContentDigest encode(ContentDigest digest, ReactionAnswer answer) {
        digest.present(answer != null);
        return answer == null ? digest : digest.number(answer.draftRevision()).text(answer.answer());
    }
}
