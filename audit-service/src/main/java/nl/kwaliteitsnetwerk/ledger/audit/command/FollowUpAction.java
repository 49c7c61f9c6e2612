package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditChecks.*;
import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;

/**
 * What the institution does about one improvement point of a published audit: open until reported done, then
 * accepted by the lead auditor (the action ends) or reopened with a reason and a new due date.
 */
final class FollowUpAction extends AuditPart {

    private enum Status { OPEN, REPORTED_DONE, ACCEPTED }

    /** The status each event on an action leads into; reopening an action opens it again. */
    private static final Map<Class<? extends AuditEvent>, Status> LEADS_INTO = Map.of(
            FollowUpReportedDone.class, Status.REPORTED_DONE,
            FollowUpAccepted.class, Status.ACCEPTED,
            FollowUpReopened.class, Status.OPEN);

    @EntityId
    private final String followUpId;
    private final AuditContext audit;
    private Status status = Status.OPEN;

    FollowUpAction(AuditContext audit, FollowUpActionOpened opened) {
        this.audit = audit;
        this.followUpId = opened.followUpId();
    }

    @CommandHandler
    long handle(ReportFollowUpDone command, Clock clock) {
        requireStatus(Status.OPEN, "reported done");
        requireText(command.evidence(), "Reporting an action done needs the evidence.");
        return audit.record(new FollowUpReportedDone(audit.auditId(), followUpId, command.evidence(), command.actor(),
                clock.instant()));
    }

    @CommandHandler
    long handle(AcceptFollowUp command, Clock clock) {
        requireStatus(Status.REPORTED_DONE, "accepted");
        return audit.record(new FollowUpAccepted(audit.auditId(), followUpId, command.note(), command.actor(),
                clock.instant()));
    }

    @CommandHandler
    long handle(ReopenFollowUp command, Clock clock) {
        requireStatus(Status.REPORTED_DONE, "reopened");
        requireReason(command.reason(), "Reopening a follow-up action says why.");
        require(afterToday(command.newDueDate(), clock), AuditRule.DUE_DATE_IN_FUTURE,
                "A reopened action needs a new due date after today.");
        return audit.record(new FollowUpReopened(audit.auditId(), followUpId, command.reason(), command.newDueDate(),
                command.actor(), clock.instant()));
    }

    private void requireStatus(Status expected, String what) {
        require(status == expected, AuditRule.FOLLOW_UP_STATE,
                "Follow-up action " + followUpId + " is " + status + "; only one that is " + expected
                        + " can be " + what + ".");
    }

    @EventSourcingHandler
    void on(AuditEvent event) {
        status = LEADS_INTO.getOrDefault(event.getClass(), status);
    }

    @Override
    List<Object> state() {
        return Arrays.asList(followUpId, audit, status);
    }
}
