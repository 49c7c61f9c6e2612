package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

/**
 * How the committee answered the institution's reaction to draft {@code draftRevision}: given with the next draft,
 * or with the final report. Validation question V3 asks whether the reactions were answered; this is the answer.
 */
public record ReactionAnswer(int draftRevision, String answer) {
}
