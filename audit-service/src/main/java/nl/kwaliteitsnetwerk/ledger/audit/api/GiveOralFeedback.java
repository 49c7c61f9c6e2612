package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the oral feedback given at the close of the site visit. */
public record GiveOralFeedback(
        @TargetAggregateIdentifier String auditId,
        String summary,
        Actor actor,
        Long expectedVersion,
        LocalDate occurredOn) implements AuditCommand {
}
