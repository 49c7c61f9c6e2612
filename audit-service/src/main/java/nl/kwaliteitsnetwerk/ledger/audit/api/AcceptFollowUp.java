package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The lead auditor accepts a follow-up action reported done; the action ends. */
public record AcceptFollowUp(
        @TargetAggregateIdentifier String auditId,
        String followUpId,
        String note,
        Actor actor,
        Long expectedVersion) implements FollowUpCommand {
}
