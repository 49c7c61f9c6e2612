package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The lead auditor disposed of a comment. */
public record CommentDisposed(
        String auditId,
        String commentId,
        CommentDisposition disposition,
        String explanation,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {
    public CommentDisposed {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }
}
