package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The audit team was assigned; a later assignment replaces an earlier one. */
public record AuditTeamAssigned(
        String auditId,
        TeamMember leadAuditor,
        List<TeamMember> auditors,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {
    public AuditTeamAssigned {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }
}
