package nl.kwaliteitsnetwerk.ledger.platform.web;

/**
 * The answer to every command of every service: the record it changed (an audit, a dialogue, a review),
 * that record's new version (also the ETag, to send back as If-Match), and the id of what the command
 * created inside it (a finding, a comment), if anything; without it the field is left out, as every
 * null of every answer is.
 */
public record CommandAccepted(String id, long version, String createdId) {
}
