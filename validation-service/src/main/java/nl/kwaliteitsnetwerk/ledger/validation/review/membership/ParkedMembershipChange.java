package nl.kwaliteitsnetwerk.ledger.validation.review.membership;

import nl.kwaliteitsnetwerk.ledger.validation.parking.Parked;

import java.time.Instant;

/**
 * A change of membership that could not be brought to a review and will not be by retrying: the review, the
 * change's number in the committee's stream, why in the service's words (never what a person wrote), and when.
 */
public record ParkedMembershipChange(String id, String reviewId, String committeeId, long committeeSequence,
                                     String reason, Instant parkedAt) implements Parked {

    public static String idOf(String reviewId, long committeeSequence) {
        return reviewId + "@" + committeeSequence;
    }
}
