package nl.kwaliteitsnetwerk.ledger.validation.supervision.command;

import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpDone;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpEvent;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpOverdue;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpRescheduled;

import java.time.LocalDate;

/** A follow-up the calendar tracks: due when, still open, and whether its passing for that due date was recorded. */
record TrackedFollowUp(String reportId, LocalDate dueOn, boolean open, boolean overdue) {

    boolean passes(LocalDate deadlineDueOn) {
        return open && !overdue && dueOn.equals(deadlineDueOn);
    }

    /** Due again (open, not overdue for the new date), done, or overdue. */
    TrackedFollowUp after(FollowUpEvent event) {
        if (event instanceof FollowUpRescheduled e) {
            return new TrackedFollowUp(reportId, e.dueOn(), true, false);
        }
        if (event instanceof FollowUpDone) {
            return new TrackedFollowUp(reportId, dueOn, false, overdue);
        }
        return event instanceof FollowUpOverdue ? new TrackedFollowUp(reportId, dueOn, open, true) : this;
    }
}
