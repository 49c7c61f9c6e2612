package nl.kwaliteitsnetwerk.ledger.validation.review.questions;

import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestion;

import java.util.List;

/** A version of the validation questions; a shipped version never changes, a new one is a new file. */
public record ValidationQuestionSet(String id, String version, String title, List<ValidationQuestion> questions) {

    public ValidationQuestionSet {
        questions = List.copyOf(questions);
    }
}
