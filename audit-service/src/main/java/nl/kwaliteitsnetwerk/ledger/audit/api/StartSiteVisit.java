package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens the site visit; from now on the team records findings. */
public record StartSiteVisit(
        @TargetAggregateIdentifier String auditId,
        Actor actor,
        Long expectedVersion,
        LocalDate occurredOn) implements AuditCommand {
    /** Happened today, as live work does (the bench's loader records so). */
    public StartSiteVisit(String auditId, Actor actor, Long expectedVersion) {
        this(auditId, actor, expectedVersion, null);
    }
}
