package nl.kwaliteitsnetwerk.ledger.validation.review.query;

/** The view of one validation review. */
public record FindReview(String reviewId) {
}
