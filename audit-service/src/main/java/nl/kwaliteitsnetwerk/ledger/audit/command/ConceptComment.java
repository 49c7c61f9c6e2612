package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.CommentDisposed;
import nl.kwaliteitsnetwerk.ledger.audit.api.CommentDisposition;
import nl.kwaliteitsnetwerk.ledger.audit.api.ConceptCommented;
import nl.kwaliteitsnetwerk.ledger.audit.api.DisposeComment;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditChecks.requireReason;
import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;

/**
 * A comment of the institution or the Kwaliteitsraad on a concept report, which the lead auditor disposes of
 * once: accepted with the change it led to, or not accepted with the reason.
 */
final class ConceptComment extends AuditPart {

    @EntityId
    private final String commentId;
    private final AuditContext audit;
    private final LocalDate commentedOn;
    private boolean disposed;

    ConceptComment(AuditContext audit, ConceptCommented commented) {
        this.audit = audit;
        this.commentId = commented.commentId();
        this.commentedOn = commented.occurredOn();
    }

    @CommandHandler
    long handle(DisposeComment command, Clock clock) {
        require(!disposed, AuditRule.COMMENT_DISPOSED_ONCE, "Comment " + commentId + " was disposed of already.");
        require(command.disposition() != null, AuditRule.REQUIRED_TEXT, "Say whether the comment is accepted.");
        requireReason(command.explanation(), command.disposition() == CommentDisposition.NOT_ACCEPTED
                ? "A comment not accepted needs the reason." : "A comment accepted needs the change it led to.");
        LocalDate disposedOn = BusinessDates.dayOf(command.occurredOn(), clock);
        require(!disposedOn.isBefore(commentedOn), AuditRule.BUSINESS_DATE_IN_ORDER, "Comment " + commentId
                + " was made on " + commentedOn + "; it cannot have been disposed of before, on " + disposedOn + ".");
        return audit.record(new CommentDisposed(audit.auditId(), commentId, command.disposition(), command.explanation(),
                command.actor(), clock.instant(), disposedOn));
    }

    @EventSourcingHandler
    void on(CommentDisposed event) {
        disposed = true;
    }

    boolean awaitsDisposition() {
        return !disposed;
    }

    @Override
    List<Object> state() {
        return Arrays.asList(commentId, audit, commentedOn, disposed);
    }
}
