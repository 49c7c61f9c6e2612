package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The business date of a step was corrected: the step (the phase it led into) and the sequence number of the
 * event that recorded it in this audit, the date it had and the date it has now, and why.
 */
public record BusinessDateCorrected(
        String auditId,
        AuditStatus step,
        long correctedSequence,
        LocalDate previousDate,
        LocalDate correctedDate,
        String reason,
        Actor actor,
        Instant occurredAt) implements AuditEvent {
}
