package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The lead auditor accepts a follow-up action reported done; the action ends. */
public record AcceptFollowUp(
        @TargetAggregateIdentifier String auditId,
        String followUpId,
        String note,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion) {
}
