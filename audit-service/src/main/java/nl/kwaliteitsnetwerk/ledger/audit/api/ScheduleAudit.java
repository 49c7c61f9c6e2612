package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Schedules an audit of an institution under a framework version. */
public record ScheduleAudit(
        @TargetAggregateIdentifier String auditId,
        InstitutionRef institution,
        AuditKind kind,
        String theme,
        LocalDate plannedDate,
        FrameworkRef framework,
        Actor actor,
        LocalDate occurredOn) {
    /** Happened today, as live work does (the bench's loader records so). */
    public ScheduleAudit(String auditId, InstitutionRef institution, AuditKind kind, String theme,
            LocalDate plannedDate, FrameworkRef framework, Actor actor) {
        this(auditId, institution, kind, theme, plannedDate, framework, actor, null);
    }
}
