package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A comment of the institution or the Kwaliteitsraad on the concept report, on one standard or in general (standardCode null). */
public record CommentOnConcept(
        @TargetAggregateIdentifier String auditId,
        String commentId,
        String standardCode,
        String text,
        Actor actor,
        Long expectedVersion,
        LocalDate occurredOn) implements AuditCommand {
}
