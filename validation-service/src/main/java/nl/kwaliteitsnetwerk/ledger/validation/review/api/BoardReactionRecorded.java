package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.serialization.Revision;

/**
 * The network's board reacted to the review, on the validation report whose content digest is {@code approvedDigest}
 * (the digest the conclusion recorded). Revision 2; revision 1 had no digest (read with none, ReviewEventUpcaster).
 */
@Revision("2")
public record BoardReactionRecorded(String committeeId,
        String reviewId,
        String reaction,
        String approvedDigest,
        Actor actor,
        Instant occurredAt) implements ReviewEvent {
}
