package nl.kwaliteitsnetwerk.ledger.audit.api;

/** How the lead auditor disposed of a comment on the concept report. */
public enum CommentDisposition {
    ACCEPTED_WITH_CHANGE,
    NOT_ACCEPTED
}
