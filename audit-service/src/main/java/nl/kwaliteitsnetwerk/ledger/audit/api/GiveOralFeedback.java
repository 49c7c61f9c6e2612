package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records the oral feedback given at the close of the site visit. */
public record GiveOralFeedback(
        @TargetAggregateIdentifier String auditId,
        String summary,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion) {
}
