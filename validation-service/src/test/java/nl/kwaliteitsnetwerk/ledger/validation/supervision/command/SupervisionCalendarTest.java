package nl.kwaliteitsnetwerk.ledger.validation.supervision.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.testsupport.ClockedAggregateRuleTest;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.AdoptReportedTerm;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.ExcludeFromCycle;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.ReportOutsideCycle;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.ReportPublishedOutsideCycle;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.CycleDeadline;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.CycleVisitOverdue;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.CycleVisitRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.DoneHow;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpDeadline;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpDone;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpOverdue;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpRescheduled;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpTracked;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.MarkFollowUpDone;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.RecordCycleVisit;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.RecordSignal;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.RescheduleFollowUp;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SetSupervisionTerm;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionSignalRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionTermEnded;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionTermSet;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.TermDeadline;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.TrackFollowUp;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.VisitKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.supervision.command.CalendarFixtures.*;

/**
 * The rules of an institution's supervision calendar: the cycle of audits and dialogues, the inspectorate's term
 * and its signals, the follow-ups across the services; each passing recorded once, however often its deadline
 * is delivered.
 */
class SupervisionCalendarTest extends ClockedAggregateRuleTest<SupervisionCalendar> {

    private static final LocalDate AUDITED = LocalDate.parse("2027-03-01");
    private static final LocalDate AUDIT_DUE = LocalDate.parse("2030-03-01");
    private static final LocalDate FOLLOW_UP_DUE = LocalDate.parse("2027-12-01");
    private static final String FOLLOW_UP = "audit-1/fu-f-KS2";

    SupervisionCalendarTest() {
        super(new MutableClock(NOW), CalendarFixtures::fixture);
    }

    // --- the cycle ---

    @Test
    void aPublishedAuditMakesTheNextOneDueACycleLater() {
        accepted(List.of(), audited(AUDITED, "e1"), opened(), visit(AUDITED, AUDIT_DUE, "e1"))
                .expectScheduledDeadline(CalendarDeadlines.passed(AUDIT_DUE), new CycleDeadline(VisitKind.AUDIT, AUDIT_DUE));
    }

    @Test
    void aVisitDueThatPassesUnmetIsRecordedOverdueOnce() {
        fixture.givenCommands(audited(AUDITED, "e1"))
                .whenThenTimeAdvancesTo(CalendarDeadlines.passed(AUDIT_DUE))
                .expectEvents(new CycleVisitOverdue(CODE, VisitKind.AUDIT, AUDIT_DUE, AUDITED, NOW));
    }

    @Test
    void aLaterVisitMovesTheCycleAndItsDeadline() {
        LocalDate again = LocalDate.parse("2029-11-01");
        fixture.givenCommands(audited(AUDITED, "e1"))
                .when(audited(again, "e2"))
                .expectEvents(visit(again, LocalDate.parse("2032-11-01"), "e2"))
                .expectNoScheduledDeadline(CalendarDeadlines.passed(AUDIT_DUE), new CycleDeadline(VisitKind.AUDIT, AUDIT_DUE))
                .expectScheduledDeadline(CalendarDeadlines.passed(LocalDate.parse("2032-11-01")),
                        new CycleDeadline(VisitKind.AUDIT, LocalDate.parse("2032-11-01")));
    }

    @Test
    void anEarlierVisitEnteredLaterDoesNotMoveTheCycleBack() {
        LocalDate earlier = LocalDate.parse("2022-05-01");
        accepted(List.of(opened(), visit(AUDITED, AUDIT_DUE, "e1")), audited(earlier, "e0"), visit(earlier, AUDIT_DUE, "e0"));
    }

    @Test
    void aDateThatPassedBeforeTheCalendarLearntOfItIsJudgedOnlyAfterTheEventsThatFollowItSettle() {
        LocalDate historic = LocalDate.parse("2022-05-01");
        accepted(List.of(), audited(historic, "e0"), opened(), visit(historic, LocalDate.parse("2025-05-01"), "e0"))
                .expectScheduledDeadline(NOW.plus(CalendarDeadlines.SETTLE),
                        new CycleDeadline(VisitKind.AUDIT, LocalDate.parse("2025-05-01")));
        fixture.givenCommands(audited(historic, "e0"))
                .andGivenCommands(audited(LocalDate.parse("2025-04-01"), "e1"))
                .whenThenTimeAdvancesTo(NOW.plus(CalendarDeadlines.SETTLE))
                .expectNoEvents();
    }

    @Test
    void theSameIntegrationEventTwiceIsTakenOnce() {
        accepted(List.of(opened(), visit(AUDITED, AUDIT_DUE, "e1")), audited(AUDITED, "e1"));
        accepted(List.of(opened(), tracked()), track(), new Object[0]);
    }

    @Test
    void aCycleDeadlineDeliveredAgainIsIgnored() {
        List<Object> overdue = List.of(opened(), visit(AUDITED, AUDIT_DUE, "e1"),
                new CycleVisitOverdue(CODE, VisitKind.AUDIT, AUDIT_DUE, AUDITED, NOW));
        fixture.given(overdue).whenInvoking(CODE, calendar -> calendar.on(new CycleDeadline(VisitKind.AUDIT, AUDIT_DUE), clock))
                .expectNoEvents();
        fixture.given(opened(), visit(LocalDate.parse("2029-01-01"), LocalDate.parse("2032-01-01"), "e2"))
                .whenInvoking(CODE, calendar -> calendar.on(new CycleDeadline(VisitKind.AUDIT, AUDIT_DUE), clock))
                .expectNoEvents();
    }

    @Test
    void anInvestigationOrThemeAuditIsNoVisitOfTheCycleButItsPublishedFollowUpIsPublic() {
        ExcludeFromCycle investigation = new ExcludeFromCycle(CODE, "audit-1", "RECOVERY_INVESTIGATION", "e0");
        accepted(List.of(), investigation, opened(), new ReportOutsideCycle(CODE, "audit-1", "RECOVERY_INVESTIGATION", "e0", NOW));
        List<Object> excluded = List.of(opened(), new ReportOutsideCycle(CODE, "audit-1", "RECOVERY_INVESTIGATION", "e0", NOW));
        accepted(excluded, audited(AUDITED, "e1"), new ReportPublishedOutsideCycle(CODE, "audit-1", AUDITED, "e1", NOW));
        fixture.given(plus(excluded, new ReportPublishedOutsideCycle(CODE, "audit-1", AUDITED, "e1", NOW)))
                .andGivenCommands(track())
                .whenThenTimeAdvancesTo(CalendarDeadlines.passed(FOLLOW_UP_DUE))
                .expectEvents(new FollowUpOverdue(CODE, FOLLOW_UP, "audit-1", FOLLOW_UP_DUE, true, NOW));
    }

    // --- the term and its signals ---

    @Test
    void theInspectorateSetsATermThatEndsItsYearsAfterItsStart() {
        accepted(List.of(), setTerm(INSPECTOR, 4), opened(), termSet())
                .expectScheduledDeadline(CalendarDeadlines.begins(TERM_END), new TermDeadline(TERM_END));
    }

    @Test
    void onlyTheInspectorateSetsATermOrRecordsASignal() {
        refused(List.of(), setTerm(COMMITTEE, 4), SupervisionRule.ONLY_INSPECTORATE);
        refused(List.of(), setTerm(Actor.forInstitution("roc", CODE), 4), SupervisionRule.ONLY_INSPECTORATE);
        refused(withTerm(), signal(COMMITTEE, TODAY, LocalDate.parse("2028-01-01")), SupervisionRule.ONLY_INSPECTORATE);
    }

    @Test
    void aTermLastsOneToTenYears() {
        refused(List.of(), setTerm(INSPECTOR, 0), SupervisionRule.TERM_YEARS_OUT_OF_RANGE);
        refused(List.of(), setTerm(INSPECTOR, 11), SupervisionRule.TERM_YEARS_OUT_OF_RANGE);
    }

    @Test
    void aTermStartsOnADateAndNamesWhatItFollows() {
        refused(List.of(), new SetSupervisionTerm(CODE, null, 4, "ref", INSPECTOR, null), SupervisionRule.REQUIRED_FIELD);
        refused(List.of(), new SetSupervisionTerm(CODE, TERM_START, 4, " ", INSPECTOR, null), SupervisionRule.REQUIRED_FIELD);
    }

    @Test
    void aSecondTermThatDoesNotStartAfterTheRunningOneBeganIsRefused() {
        refused(withTerm(), setTerm(INSPECTOR, 4), SupervisionRule.SUPERVISION_TERM_RUNNING);
        accepted(plus(withTerm(), ended(TERM_END, null)), setTerm(INSPECTOR, 4), termSet());
    }

    @Test
    void aCommandOnAStaleVersionIsRefused() {
        refused(withTerm(), new RecordSignal(CODE, TODAY, "Signaal", LocalDate.parse("2028-01-01"), INSPECTOR, 0L),
                CommonErrors.STALE_VERSION);
    }

    @Test
    void theTermEndsWhenItsEndDateComes() {
        fixture.givenCommands(setTerm(INSPECTOR, 4))
                .whenThenTimeAdvancesTo(CalendarDeadlines.begins(TERM_END))
                .expectEvents(ended(TERM_END, null));
    }

    @Test
    void aSignalTightensTheTermToAnEarlierEnd() {
        LocalDate tightened = LocalDate.parse("2028-01-01");
        fixture.givenCommands(setTerm(INSPECTOR, 4))
                .when(signal(INSPECTOR, TODAY, tightened))
                .expectEvents(new SupervisionSignalRecorded(CODE, "signal-1", TODAY, "Klachten over examinering", TERM_END,
                        tightened, INSPECTOR, NOW))
                .expectScheduledDeadline(CalendarDeadlines.begins(tightened), new TermDeadline(tightened))
                .expectNoScheduledDeadline(CalendarDeadlines.begins(TERM_END), new TermDeadline(TERM_END));
    }

    @Test
    void theTightenedTermEndsAtItsNewEndNamingTheSignal() {
        LocalDate tightened = LocalDate.parse("2028-01-01");
        fixture.givenCommands(setTerm(INSPECTOR, 4), signal(INSPECTOR, TODAY, tightened))
                .whenThenTimeAdvancesTo(CalendarDeadlines.begins(TERM_END))
                .expectEvents(ended(tightened, "signal-1"));
    }

    @Test
    void aSignalMustTightenTheTerm() {
        refused(withTerm(), signal(INSPECTOR, TODAY, TERM_END), SupervisionRule.SIGNAL_MUST_TIGHTEN_TERM);
        refused(withTerm(), signal(INSPECTOR, TODAY, TERM_END.plusYears(1)), SupervisionRule.SIGNAL_MUST_TIGHTEN_TERM);
    }

    @Test
    void theTightenedEndLiesAfterTheSignal() {
        refused(withTerm(), signal(INSPECTOR, TODAY, TODAY), SupervisionRule.TIGHTENED_END_BEFORE_SIGNAL);
        refused(withTerm(), signal(INSPECTOR, TODAY, TODAY.minusDays(1)), SupervisionRule.TIGHTENED_END_BEFORE_SIGNAL);
    }

    @Test
    void aSignalNeedsARunningTerm() {
        refused(List.of(), signal(INSPECTOR, TODAY, LocalDate.parse("2028-01-01")), SupervisionRule.NO_RUNNING_SUPERVISION_TERM);
        refused(plus(withTerm(), ended(TERM_END, null)), signal(INSPECTOR, TODAY, LocalDate.parse("2028-01-01")),
                SupervisionRule.NO_RUNNING_SUPERVISION_TERM);
    }

    @Test
    void aSignalLiesWithinTheTermAndNotInTheFuture() {
        refused(withTerm(), signal(INSPECTOR, TODAY.plusDays(1), LocalDate.parse("2028-01-01")), SupervisionRule.SIGNAL_IN_FUTURE);
        refused(withTerm(), signal(INSPECTOR, TERM_START.minusDays(1), LocalDate.parse("2028-01-01")),
                SupervisionRule.SIGNAL_OUTSIDE_TERM);
        refused(withTerm(), new RecordSignal(CODE, TODAY, " ", LocalDate.parse("2028-01-01"), INSPECTOR, null),
                SupervisionRule.REQUIRED_FIELD);
    }

    @Test
    void aTermEndDeliveredAgainOrForAnEndSinceTightenedIsIgnored() {
        fixture.given(plus(withTerm(), ended(TERM_END, null)))
                .whenInvoking(CODE, calendar -> calendar.on(new TermDeadline(TERM_END), clock))
                .expectNoEvents();
        fixture.given(plus(withTerm(), new SupervisionSignalRecorded(CODE, "signal-1", TODAY, "s", TERM_END,
                        LocalDate.parse("2028-01-01"), INSPECTOR, NOW)))
                .whenInvoking(CODE, calendar -> calendar.on(new TermDeadline(TERM_END), clock))
                .expectNoEvents();
    }

    @Test
    void aTermAnInvestigationReportStatesIsTakenUnlessOneThatBeganNoEarlierRuns() {
        AdoptReportedTerm reported = new AdoptReportedTerm(CODE, "audit-9", TERM_START, 4, INSPECTOR, "e9");
        accepted(List.of(), reported, opened(),
                new SupervisionTermSet(CODE, TERM_START, 4, TERM_END, "audit-9", "e9", INSPECTOR, NOW));
        accepted(withTerm(), reported, new Object[0]);
        accepted(withTerm(), new AdoptReportedTerm(CODE, "audit-8", TERM_START.minusYears(1), 4, INSPECTOR, "e8"), new Object[0]);
    }

    @Test
    void aLaterInvestigationsTermReplacesTheRunningOne() {
        LocalDate later = TERM_START.plusYears(1);
        fixture.given(withTerm())
                .when(new AdoptReportedTerm(CODE, "audit-10", later, 4, INSPECTOR, "e10"))
                .expectEvents(new SupervisionTermSet(CODE, later, 4, later.plusYears(4), "audit-10", "e10", INSPECTOR, NOW))
                .expectScheduledDeadline(CalendarDeadlines.begins(later.plusYears(4)), new TermDeadline(later.plusYears(4)));
        accepted(withTerm(), new SetSupervisionTerm(CODE, later, 4, "nieuw onderzoek", INSPECTOR, null),
                new SupervisionTermSet(CODE, later, 4, later.plusYears(4), "nieuw onderzoek", null, INSPECTOR, NOW));
    }

    // --- follow-ups ---

    @Test
    void aFollowUpOpenWhenItsDueDatePassesIsOverdue() {
        fixture.givenCommands(audited(AUDITED, "e1"), track())
                .whenThenTimeAdvancesTo(CalendarDeadlines.passed(FOLLOW_UP_DUE))
                .expectEvents(new FollowUpOverdue(CODE, FOLLOW_UP, "audit-1", FOLLOW_UP_DUE, true, NOW));
    }

    @Test
    void aFollowUpDoneBeforeItsDueDateCancelsItsDeadline() {
        fixture.givenCommands(track())
                .when(new MarkFollowUpDone(CODE, FOLLOW_UP, DoneHow.REPORTED_DONE, TODAY, "e3"))
                .expectEvents(new FollowUpDone(CODE, FOLLOW_UP, DoneHow.REPORTED_DONE, TODAY, "e3", NOW))
                .expectNoScheduledDeadline(CalendarDeadlines.passed(FOLLOW_UP_DUE), new FollowUpDeadline(FOLLOW_UP, FOLLOW_UP_DUE));
    }

    @Test
    void aReopenedFollowUpIsDueAgainOnItsNewDate() {
        LocalDate newDue = LocalDate.parse("2028-06-01");
        fixture.givenCommands(track(), new MarkFollowUpDone(CODE, FOLLOW_UP, DoneHow.REPORTED_DONE, TODAY, "e3"))
                .when(new RescheduleFollowUp(CODE, FOLLOW_UP, newDue, "e4"))
                .expectEvents(new FollowUpRescheduled(CODE, FOLLOW_UP, newDue, "e4", NOW))
                .expectScheduledDeadline(CalendarDeadlines.passed(newDue), new FollowUpDeadline(FOLLOW_UP, newDue));
    }

    @Test
    void aFollowUpDeadlineDeliveredAgainOrAfterItWasDoneIsIgnored() {
        fixture.given(opened(), tracked(), new FollowUpOverdue(CODE, FOLLOW_UP, "audit-1", FOLLOW_UP_DUE, false, NOW))
                .whenInvoking(CODE, calendar -> calendar.on(new FollowUpDeadline(FOLLOW_UP, FOLLOW_UP_DUE), clock))
                .expectNoEvents();
        fixture.given(opened(), tracked(), new FollowUpDone(CODE, FOLLOW_UP, DoneHow.ACCEPTED, TODAY, "e3", NOW))
                .whenInvoking(CODE, calendar -> calendar.on(new FollowUpDeadline(FOLLOW_UP, FOLLOW_UP_DUE), clock))
                .expectNoEvents();
    }

    @Test
    void aFollowUpTheCalendarDoesNotKnowChangesNothing() {
        accepted(List.of(opened()), new MarkFollowUpDone(CODE, "audit-1/unknown", DoneHow.ACCEPTED, TODAY, "e5"), new Object[0]);
    }

    // --- histories and commands ---

    private static RecordCycleVisit audited(LocalDate on, String eventId) {
        return new RecordCycleVisit(CODE, VisitKind.AUDIT, "audit-1", on, 3, eventId);
    }

    private static CycleVisitRecorded visit(LocalDate on, LocalDate nextDue, String eventId) {
        return new CycleVisitRecorded(CODE, VisitKind.AUDIT, "audit-1", on, nextDue, eventId, NOW);
    }

    private static SetSupervisionTerm setTerm(Actor actor, int years) {
        return new SetSupervisionTerm(CODE, TERM_START, years, "herstelonderzoek-2025", actor, null);
    }

    private static RecordSignal signal(Actor actor, LocalDate on, LocalDate tightenedEnd) {
        return new RecordSignal(CODE, on, "Klachten over examinering", tightenedEnd, actor, null);
    }

    private static SupervisionTermEnded ended(LocalDate endsOn, String signalId) {
        return new SupervisionTermEnded(CODE, TERM_START, endsOn, signalId, NOW);
    }

    private static TrackFollowUp track() {
        return new TrackFollowUp(CODE, FOLLOW_UP, VisitKind.AUDIT, "audit-1", "Bevinding over KS2", FOLLOW_UP_DUE, "e2");
    }

    private static FollowUpTracked tracked() {
        return new FollowUpTracked(CODE, FOLLOW_UP, VisitKind.AUDIT, "audit-1", "Bevinding over KS2", FOLLOW_UP_DUE, "e2", NOW);
    }

}
