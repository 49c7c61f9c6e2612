package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The chair concluded the review. */
public record ValidationReviewConcluded(String committeeId,
        String reviewId,
        String conclusion,
        Actor actor,
        Instant occurredAt) implements ReviewEvent {
}
