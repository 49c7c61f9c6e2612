package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

/** One validation question. */
public record ValidationQuestion(String questionId,
        String text) {
}
