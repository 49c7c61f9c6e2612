package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A member answered a validation question for a report; a revision points at the answer it revises. */
public record ValidationQuestionAnswered(String committeeId,
        String reviewId,
        String answerId,
        String reportId,
        String questionId,
        Answer answer,
        String reasoning,
        String revises,
        String revisionReason,
        Actor actor,
        Instant occurredAt) implements ReviewEvent {
}
