package nl.kwaliteitsnetwerk.ledger.validation.supervision.query;

import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.CalendarOpened;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.CycleVisitOverdue;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.CycleVisitRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpDone;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpOverdue;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpRescheduled;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpTracked;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionEvent;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionSignalRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionTermEnded;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionTermSet;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.VisitKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An institution's calendar as its events tell it: the last and next audit and dialogue, the term with its
 * signals, the follow-ups, and every passing the calendar recorded. One fold ({@link #apply}) for the read and
 * for the calendar as it stood at an instant.
 */
public class CalendarView {

    public String institutionCode;
    public long version = -1;
    public final Cycle audit = new Cycle();
    public final Cycle dialogue = new Cycle();
    public Term term;
    public final Map<String, FollowUp> followUps = new LinkedHashMap<>();
    public final List<Passing> passed = new ArrayList<>();

    /** One kind of visit: the latest, its report, and the next one due. */
    public static class Cycle {
        public LocalDate lastVisitOn;
        public String lastReportId;
        public LocalDate nextDueOn;
        public boolean overdue;
    }

    /** The follow-up supervision term: as set, and as tightened by its signals. */
    public static class Term {
        public LocalDate startsOn;
        public int years;
        public LocalDate setEndsOn;
        public LocalDate endsOn;
        public String reference;
        public String tightenedBySignalId;
        public boolean ended;
        public final List<Signal> signals = new ArrayList<>();
    }

    public record Signal(String signalId, LocalDate signalledOn, String summary, LocalDate previousEndsOn,
                         LocalDate endsOn) {
    }

    /** A follow-up (an audit's action or a dialogue's agenda item) as tracked, and what became of it since. */
    public static class FollowUp {
        public final FollowUpTracked tracked;
        public LocalDate dueOn;
        public boolean open = true;
        public boolean overdueRecorded;

        FollowUp(FollowUpTracked tracked) {
            this.tracked = tracked;
            this.dueOn = tracked.dueOn();
        }
    }

    /** A deadline that passed and was recorded: which, for what, due when, recorded when. */
    public record Passing(String eventType, String subject, LocalDate dueOn, Instant recordedAt) {
    }

    public boolean apply(SupervisionEvent event, long sequence) {
        version = sequence;
        if (event instanceof CalendarOpened e) {
            institutionCode = e.institutionCode();
        } else if (event instanceof CycleVisitRecorded e) {
            visited(cycle(e.kind()), e);
        } else if (event instanceof CycleVisitOverdue e) {
            cycle(e.kind()).overdue = true;
            passed.add(new Passing("CycleVisitOverdue", e.kind().name(), e.dueOn(), e.occurredAt()));
        } else if (event instanceof SupervisionTermSet e) {
            termSet(e);
        } else if (event instanceof SupervisionSignalRecorded e) {
            term.signals.add(new Signal(e.signalId(), e.signalledOn(), e.summary(), e.previousEndsOn(), e.endsOn()));
            term.endsOn = e.endsOn();
            term.tightenedBySignalId = e.signalId();
        } else if (event instanceof SupervisionTermEnded e) {
            term.ended = true;
            passed.add(new Passing("SupervisionTermEnded", term.reference, e.endsOn(), e.occurredAt()));
        } else {
            applyToFollowUps(event);
        }
        return true;
    }

    private void applyToFollowUps(SupervisionEvent event) {
        if (event instanceof FollowUpTracked e) {
            followUps.put(e.followUpKey(), new FollowUp(e));
        } else if (event instanceof FollowUpRescheduled e) {
            followUp(e.followUpKey(), f -> {
                f.dueOn = e.dueOn();
                f.open = true;
                f.overdueRecorded = false;
            });
        } else if (event instanceof FollowUpDone e) {
            followUp(e.followUpKey(), f -> f.open = false);
        } else if (event instanceof FollowUpOverdue e) {
            followUp(e.followUpKey(), f -> f.overdueRecorded = true);
            passed.add(new Passing("FollowUpOverdue", e.followUpKey(), e.dueOn(), e.occurredAt()));
        }
    }

    private Cycle cycle(VisitKind kind) {
        return kind == VisitKind.AUDIT ? audit : dialogue;
    }

    private static void visited(Cycle cycle, CycleVisitRecorded e) {
        if (cycle.lastVisitOn == null || e.visitedOn().isAfter(cycle.lastVisitOn)) {
            cycle.lastVisitOn = e.visitedOn();
            cycle.lastReportId = e.reportId();
        }
        if (!e.nextDueOn().equals(cycle.nextDueOn)) {
            cycle.overdue = false;
        }
        cycle.nextDueOn = e.nextDueOn();
    }

    private void termSet(SupervisionTermSet e) {
        term = new Term();
        term.startsOn = e.startsOn();
        term.years = e.years();
        term.setEndsOn = e.endsOn();
        term.endsOn = e.endsOn();
        term.reference = e.reference();
    }


    private void followUp(String key, Consumer<FollowUp> change) {
        FollowUp f = followUps.get(key);
        if (f != null) {
            change.accept(f);
        }
    }
}
