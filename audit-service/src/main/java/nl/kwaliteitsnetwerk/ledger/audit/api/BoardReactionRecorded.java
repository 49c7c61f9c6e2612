package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * The audited institution's board reacted to the report version whose content digest is {@code approvedDigest}.
 * An erratum after it makes this approval stale; the board may then react to the corrected version. Entered after
 * the fact, it carries the day the board reacted ({@code occurredOn}), not before the version it reacts to.
 */
public record BoardReactionRecorded(
        String auditId,
        String reaction,
        String approvedDigest,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {
    public BoardReactionRecorded {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }

    /** Reacted on the day it was recorded. */
    public BoardReactionRecorded(String auditId, String reaction, String approvedDigest, Actor actor,
            Instant occurredAt) {
        this(auditId, reaction, approvedDigest, actor, occurredAt, null);
    }
}
