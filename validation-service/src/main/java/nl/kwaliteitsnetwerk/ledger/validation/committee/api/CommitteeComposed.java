package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The committee was composed. */
public record CommitteeComposed(String committeeId,
        List<CommitteeMember> members,
        String chairUserId,
        LocalDate effectiveFrom,
        Actor actor,
        Instant occurredAt) implements CommitteeEvent {
}
