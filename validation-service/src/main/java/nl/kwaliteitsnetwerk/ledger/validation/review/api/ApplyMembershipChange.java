package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import nl.kwaliteitsnetwerk.ledger.validation.committee.api.MembershipChanged;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The committee's {@code change} of membership, number {@code committeeSequence} in the committee's stream, brought
 * to a review by the service itself, not by a person's request. A review applies each change once. Like every
 * command on a review it may name the review's version its sender last saw; the service sends none (null): a change
 * applies whatever the review holds.
 */
public record ApplyMembershipChange(@TargetAggregateIdentifier String reviewId,
        long committeeSequence,
        MembershipChanged change,
        Long expectedVersion) {
}
