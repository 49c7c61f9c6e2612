package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens the site visit; from now on the team records findings. */
public record StartSiteVisit(
        @TargetAggregateIdentifier String auditId,
        Actor actor,
        Long expectedVersion) implements AuditCommand {
}
