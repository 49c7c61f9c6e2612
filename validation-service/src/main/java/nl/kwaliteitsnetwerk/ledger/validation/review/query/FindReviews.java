package nl.kwaliteitsnetwerk.ledger.validation.review.query;

/** The views of every validation review. */
public record FindReviews() {
}
