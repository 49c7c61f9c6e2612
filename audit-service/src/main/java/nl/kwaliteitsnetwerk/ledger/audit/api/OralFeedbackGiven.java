package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The oral feedback closed the site visit. */
public record OralFeedbackGiven(
        String auditId,
        String summary,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {
    public OralFeedbackGiven {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }
}
