package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A member left and another joined, from a date, for a reason. */
public record MembershipChanged(String committeeId,
        String leavingUserId,
        CommitteeMember joining,
        String chairUserId,
        LocalDate effectiveOn,
        String reason,
        Actor actor,
        Instant occurredAt) implements CommitteeEvent {
}
