package nl.kwaliteitsnetwerk.ledger.validation.review.api;

/** Where a validation review stands; once published it never changes. */
public enum ReviewStatus {
    OPEN,
    CONCLUDED,
    BOARD_REACTED,
    PUBLISHED
}
