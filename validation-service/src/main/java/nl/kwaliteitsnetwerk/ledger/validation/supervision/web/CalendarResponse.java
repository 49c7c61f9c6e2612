package nl.kwaliteitsnetwerk.ledger.validation.supervision.web;

import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.VisitKind;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.query.CalendarView;

import java.time.LocalDate;
import java.util.List;

/**
 * An institution's supervision calendar as the API shows it: the last and next audit and dialogue, the term (as
 * set, as tightened and by which signal), the open follow-ups with their due dates and whether they are overdue
 * today, and every deadline that passed. {@code version} is the calendar's (the If-Match of its commands), -1
 * before anything concerned the institution.
 */
record CalendarResponse(String institutionCode, String name, long version, Visits audit, Visits dialogue, Term term,
                        List<FollowUp> openFollowUps, List<CalendarView.Passing> passed) {

    record Visits(LocalDate lastVisitOn, String lastReportId, LocalDate nextDueOn, boolean overdue) {
    }

    record Term(LocalDate startsOn, int years, LocalDate endsOn, LocalDate setEndsOn, String reference,
                CalendarView.Signal tightenedBy, List<CalendarView.Signal> signals, boolean ended) {
    }

    record FollowUp(String followUpKey, VisitKind kind, String reportId, String description, LocalDate dueOn,
                    boolean overdue) {
    }

    static CalendarResponse of(String code, String name, CalendarView view, LocalDate today) {
        return new CalendarResponse(code, name, view.version, visits(view.audit, today), visits(view.dialogue, today),
                term(view.term),
                view.followUps.values().stream().filter(f -> f.open).map(f -> new FollowUp(f.tracked.followUpKey(),
                        f.tracked.kind(), f.tracked.reportId(), f.tracked.description(), f.dueOn,
                        f.overdueRecorded || (f.dueOn != null && f.dueOn.isBefore(today)))).toList(),
                List.copyOf(view.passed));
    }

    private static Visits visits(CalendarView.Cycle cycle, LocalDate today) {
        return new Visits(cycle.lastVisitOn, cycle.lastReportId, cycle.nextDueOn,
                cycle.overdue || (cycle.nextDueOn != null && cycle.nextDueOn.isBefore(today)));
    }

    private static Term term(CalendarView.Term term) {
        if (term == null) {
            return null;
        }
        CalendarView.Signal tightenedBy = term.signals.stream()
                .filter(s -> s.signalId().equals(term.tightenedBySignalId)).findFirst().orElse(null);
        return new Term(term.startsOn, term.years, term.endsOn, term.setEndsOn, term.reference, tightenedBy,
                List.copyOf(term.signals), term.ended);
    }
}
