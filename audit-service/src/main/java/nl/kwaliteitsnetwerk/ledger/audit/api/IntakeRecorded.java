package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The intake with the board was held. */
public record IntakeRecorded(
        String auditId,
        LocalDate heldOn,
        String expectations,
        Actor actor,
        Instant occurredAt) implements AuditEvent, BusinessDated {

    /** The intake happened the day it was held. */
    @Override
    public LocalDate occurredOn() {
        return heldOn;
    }
}
