package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

/** A member's answer to a validation question for one report. */
public enum Answer {
    YES,
    PARTLY,
    NO
}
