package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;

import java.util.List;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assigns (or, before the intake, re-assigns) the lead auditor and the auditors. */
public record AssignAuditTeam(
        @TargetAggregateIdentifier String auditId,
        TeamMember leadAuditor,
        List<TeamMember> auditors,
        Actor actor,
        Long expectedVersion,
        LocalDate occurredOn) implements AuditCommand {
    /** Happened today, as live work does (the bench's loader records so). */
    public AssignAuditTeam(String auditId, TeamMember leadAuditor, List<TeamMember> auditors, Actor actor,
            Long expectedVersion) {
        this(auditId, leadAuditor, auditors, actor, expectedVersion, null);
    }
}
