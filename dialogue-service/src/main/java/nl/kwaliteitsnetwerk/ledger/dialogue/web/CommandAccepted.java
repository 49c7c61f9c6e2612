package nl.kwaliteitsnetwerk.ledger.dialogue.web;

/** The answer to every command: the dialogue or review it changed, its new version, and the id of what it created. */
public record CommandAccepted(String id, long version, String createdId) {
}
