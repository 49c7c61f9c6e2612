package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The chair concluded the review. */
public record ValidationReviewConcluded(String committeeId,
        String reviewId,
        String conclusion,
        Actor actor,
        Instant occurredAt) implements CommitteeEvent {
}
