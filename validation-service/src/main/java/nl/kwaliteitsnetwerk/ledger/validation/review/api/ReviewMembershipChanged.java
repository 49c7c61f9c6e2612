package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The committee's change of membership number {@code committeeSequence} took effect in the review: the member
 * who left no longer answers, the one who joined does, and {@code chairUserId} chairs it from now on.
 */
public record ReviewMembershipChanged(String committeeId,
        String reviewId,
        long committeeSequence,
        String leavingUserId,
        CommitteeMember joining,
        String chairUserId,
        LocalDate effectiveOn,
        Actor actor,
        Instant occurredAt) implements ReviewEvent {
}
