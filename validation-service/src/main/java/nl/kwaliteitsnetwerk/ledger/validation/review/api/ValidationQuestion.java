package nl.kwaliteitsnetwerk.ledger.validation.review.api;

/** One validation question. */
public record ValidationQuestion(String questionId,
        String text) {
}
