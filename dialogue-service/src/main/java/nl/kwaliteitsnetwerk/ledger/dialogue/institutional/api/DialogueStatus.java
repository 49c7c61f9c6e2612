package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

/** Where an institutional dialogue stands. */
public enum DialogueStatus {
    OPENED,
    COMMITTEE_APPOINTED,
    IN_DIALOGUE,
    REPORT_DRAFTED,
    INSTITUTION_REACTED,
    FINALISED,
    PUBLISHED
}
