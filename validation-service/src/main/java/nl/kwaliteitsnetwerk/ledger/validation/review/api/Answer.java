package nl.kwaliteitsnetwerk.ledger.validation.review.api;

/** A member's answer to a validation question for one report. */
public enum Answer {
    YES,
    PARTLY,
    NO
}
