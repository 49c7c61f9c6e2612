package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import java.util.List;

/**
 * The committee as it stands at {@code version}, the sequence number of its last event: what a review is
 * opened under, and is kept in step with afterwards by the committee's changes of membership.
 */
public record CommitteeComposition(String committeeId, List<CommitteeMember> members, String chairUserId, long version) {

    public CommitteeComposition {
        members = List.copyOf(members);
    }
}
