package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The institution or the Kwaliteitsraad commented on the concept report. */
public record ConceptCommented(
        String auditId,
        String commentId,
        int conceptRevision,
        String standardCode,
        String text,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {
    public ConceptCommented {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }
}
