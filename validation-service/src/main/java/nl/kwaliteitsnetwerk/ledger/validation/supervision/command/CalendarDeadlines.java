package nl.kwaliteitsnetwerk.ledger.validation.supervision.command;

import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.CycleDeadline;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpDeadline;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.TermDeadline;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.VisitKind;
import org.axonframework.deadline.DeadlineManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The calendar's deadlines, in the aggregate's scope: one name per thing that can pass and its date (so a
 * deadline is cancelled by its name alone, and a new date for the same thing is never cancelled with the old one).
 * A due date passes when its day is over (the start of the next day, UTC, as the trail's overdue flag counts it);
 * a term ends when its end date begins.
 * <p>
 * A date that passed before the calendar learnt of it (a case entered after the fact, or the topics read again
 * from their start) is judged {@link #SETTLE} after it was recorded, not at once: the events that follow it on the
 * topics (the follow-up done in time, the next visit) are taken first, so no passing is recorded that did not
 * happen.
 */
record CalendarDeadlines(DeadlineManager deadlines, Clock clock) {

    static final Duration SETTLE = Duration.ofHours(1);

    void cycleDue(VisitKind kind, LocalDate dueOn) {
        schedule(passed(dueOn), cycle(kind, dueOn), new CycleDeadline(kind, dueOn));
    }

    void cancelCycle(VisitKind kind, LocalDate dueOn) {
        deadlines.cancelAllWithinScope(cycle(kind, dueOn));
    }

    /** A follow-up without a due date never passes one. */
    void followUpDue(String followUpKey, LocalDate dueOn) {
        if (dueOn != null) {
            schedule(passed(dueOn), followUp(followUpKey, dueOn), new FollowUpDeadline(followUpKey, dueOn));
        }
    }

    void cancelFollowUp(String followUpKey, LocalDate dueOn) {
        if (dueOn != null) {
            deadlines.cancelAllWithinScope(followUp(followUpKey, dueOn));
        }
    }

    void termEnds(LocalDate endsOn) {
        schedule(begins(endsOn), termEnd(endsOn), new TermDeadline(endsOn));
    }

    void cancelTermEnd(LocalDate endsOn) {
        deadlines.cancelAllWithinScope(termEnd(endsOn));
    }

    /** A due date has passed once its day is over. */
    static Instant passed(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A term ends on its end date: it runs until that day begins. */
    static Instant begins(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private void schedule(Instant at, String name, Object deadline) {
        Instant now = clock.instant();
        deadlines.schedule(at.isAfter(now) ? at : now.plus(SETTLE), name, deadline);
    }

    private static String cycle(VisitKind kind, LocalDate dueOn) {
        return "cycle-" + kind.name() + " " + dueOn;
    }

    private static String termEnd(LocalDate endsOn) {
        return "supervision-term-end " + endsOn;
    }

    private static String followUp(String followUpKey, LocalDate dueOn) {
        return "follow-up " + followUpKey + " " + dueOn;
    }
}
