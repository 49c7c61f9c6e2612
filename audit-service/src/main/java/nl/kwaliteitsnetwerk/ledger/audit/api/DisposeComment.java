package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The lead auditor's answer to a comment: accepted with a change, or not accepted with a reason. */
public record DisposeComment(
        @TargetAggregateIdentifier String auditId,
        String commentId,
        CommentDisposition disposition,
        String explanation,
        Actor actor,
        Long expectedVersion,
        LocalDate occurredOn) implements AuditCommand {
}
