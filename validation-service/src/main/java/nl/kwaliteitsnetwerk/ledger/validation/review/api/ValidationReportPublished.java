package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The validation report was published with the board's reaction. */
public record ValidationReportPublished(String committeeId,
        String reviewId,
        String summary,
        Actor actor,
        Instant occurredAt) implements ReviewEvent {
}
