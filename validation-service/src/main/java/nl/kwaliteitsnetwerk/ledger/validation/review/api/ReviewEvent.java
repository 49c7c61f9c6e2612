package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ValidationEvent;

/** A fact about one validation review, stored in the review's own stream (id = the review's id). */
public sealed interface ReviewEvent extends ValidationEvent permits ValidationReviewOpened, ValidationQuestionAnswered,
        ValidationReviewConcluded, BoardReactionRecorded, ValidationReportPublished, ReviewMembershipChanged {

    String reviewId();
}
