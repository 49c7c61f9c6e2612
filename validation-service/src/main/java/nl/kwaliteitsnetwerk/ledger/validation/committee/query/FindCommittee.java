package nl.kwaliteitsnetwerk.ledger.validation.committee.query;

/** The view of the validation committee, with its reviews. */
public record FindCommittee(String committeeId) {
}
