package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The public summary was published. */
public record PublicSummaryPublished(
        String auditId,
        String summary,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {
    public PublicSummaryPublished {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }
}
