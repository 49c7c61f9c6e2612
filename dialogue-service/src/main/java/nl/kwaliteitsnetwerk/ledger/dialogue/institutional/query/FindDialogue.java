package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query;

/** The view of one dialogue. */
public record FindDialogue(String dialogueId) {
}
