package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The institution reports a follow-up action done, with evidence. */
public record ReportFollowUpDone(
        @TargetAggregateIdentifier String auditId,
        String followUpId,
        String evidence,
        Actor actor,
        Long expectedVersion) implements FollowUpCommand {
}
