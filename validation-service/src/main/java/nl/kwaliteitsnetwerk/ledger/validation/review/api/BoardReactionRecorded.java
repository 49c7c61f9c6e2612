package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The network's board reacted to the review. */
public record BoardReactionRecorded(String committeeId,
        String reviewId,
        String reaction,
        Actor actor,
        Instant occurredAt) implements ReviewEvent {
}
