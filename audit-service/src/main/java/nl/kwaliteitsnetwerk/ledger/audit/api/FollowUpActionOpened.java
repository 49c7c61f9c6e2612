package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** An improvement point of the final report became a follow-up action of the institution. */
public record FollowUpActionOpened(
        String auditId,
        String followUpId,
        String findingId,
        String standardCode,
        String description,
        String ownerInstitutionCode,
        LocalDate dueDate,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {
    public FollowUpActionOpened {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }
}
