package nl.kwaliteitsnetwerk.ledger.validation.supervision.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.AdoptReportedTerm;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.ExcludeFromCycle;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.ReportOutsideCycle;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.ReportPublishedOutsideCycle;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.CalendarOpened;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.CycleDeadline;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.CycleVisitOverdue;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.CycleVisitRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FeedCommand;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FeedEvent;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpDeadline;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpDone;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpEvent;
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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One institution's supervision calendar (id: its normalised code): the network's cycle of audits and dialogues,
 * the inspectorate's follow-up supervision term and its signals, and the follow-ups of its reports across the
 * services. What can pass (a visit due, the term's end, a follow-up's due date) has a durable deadline; its
 * passing is an event, recorded once: a deadline delivered again (an instance stopped between firing it and
 * marking it done) finds its passing recorded, or the thing it was for changed, and records nothing.
 * <p>
 * What comes from the other services' integration events is a fact, never refused; each is taken once, by its
 * event id. The inspectorate's term and signals are commands with rules.
 */
@Aggregate(cache = "aggregateCache", filterEventsByType = true)
public class SupervisionCalendar {

    static final int MAX_TERM_YEARS = 10;

    @AggregateIdentifier
    private String institutionCode;
    private final Set<String> takenEvents = new HashSet<>();
    private final Map<VisitKind, Cycle> cycles = new EnumMap<>(VisitKind.class);
    private final Set<String> publishedReports = new HashSet<>();
    /** Reports of audits that are not the network's cycle audit: a theme audit, an inspectorate investigation. */
    private final Set<String> outsideCycle = new HashSet<>();
    private final Map<String, TrackedFollowUp> followUps = new HashMap<>();
    private Term term;

    protected SupervisionCalendar() {
        // for Axon
    }

    // --- from the other services' events ---

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RecordCycleVisit command, DeadlineManager deadlines, Clock clock) {
        return take(command, clock, () -> {
            if (outsideCycle.contains(command.reportId())) {
                record(new ReportPublishedOutsideCycle(institutionCode, command.reportId(), command.visitedOn(),
                        command.sourceEventId(), clock.instant()));
                return;
            }
            Cycle before = cycles.get(command.kind());
            LocalDate last = before == null || command.visitedOn().isAfter(before.lastVisitOn())
                    ? command.visitedOn() : before.lastVisitOn();
            LocalDate nextDue = last.plusYears(command.cycleYears());
            record(new CycleVisitRecorded(institutionCode, command.kind(), command.reportId(), command.visitedOn(),
                    nextDue, command.sourceEventId(), clock.instant()));
            if (before == null || !nextDue.equals(before.nextDueOn())) {
                CalendarDeadlines calendar = new CalendarDeadlines(deadlines, clock);
                if (before != null) {
                    calendar.cancelCycle(command.kind(), before.nextDueOn());
                }
                calendar.cycleDue(command.kind(), nextDue);
            }
        });
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(TrackFollowUp command, DeadlineManager deadlines, Clock clock) {
        return take(command, clock, () -> {
            if (!followUps.containsKey(command.followUpKey())) {
                record(new FollowUpTracked(institutionCode, command.followUpKey(), command.kind(), command.reportId(),
                        command.description(), command.dueOn(), command.sourceEventId(), clock.instant()));
                new CalendarDeadlines(deadlines, clock).followUpDue(command.followUpKey(), command.dueOn());
            }
        });
    }

    /** A follow-up reopened with a new due date is due again: the old date's deadline goes, the new one's comes. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RescheduleFollowUp command, DeadlineManager deadlines, Clock clock) {
        TrackedFollowUp before = followUps.get(command.followUpKey());
        return take(command, clock, () -> {
            if (before != null && command.dueOn() != null) {
                record(new FollowUpRescheduled(institutionCode, command.followUpKey(), command.dueOn(),
                        command.sourceEventId(), clock.instant()));
                CalendarDeadlines calendar = new CalendarDeadlines(deadlines, clock);
                calendar.cancelFollowUp(command.followUpKey(), before.dueOn());
                calendar.followUpDue(command.followUpKey(), command.dueOn());
            }
        });
    }

    /** A follow-up done before its due date never passes it: its deadline is cancelled. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(MarkFollowUpDone command, DeadlineManager deadlines, Clock clock) {
        TrackedFollowUp followUp = followUps.get(command.followUpKey());
        return take(command, clock, () -> {
            if (followUp != null && followUp.open()) {
                record(new FollowUpDone(institutionCode, command.followUpKey(), command.how(), command.doneOn(),
                        command.sourceEventId(), clock.instant()));
                new CalendarDeadlines(deadlines, clock).cancelFollowUp(command.followUpKey(), followUp.dueOn());
            }
        });
    }

    /** A theme audit or an investigation is scheduled: when it is published, the network's cycle does not move. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(ExcludeFromCycle command, Clock clock) {
        return take(command, clock, () -> record(new ReportOutsideCycle(institutionCode, command.reportId(),
                command.reportKind(), command.sourceEventId(), clock.instant())));
    }

    /**
     * The term an investigation's final report states, unless a term that began on or after its start runs already:
     * a later investigation sets a new term (the 2022 recovery investigation's replaces what followed 2021), an earlier
     * one, read again or entered after the fact, changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(AdoptReportedTerm command, DeadlineManager deadlines, Clock clock) {
        return take(command, clock, () -> {
            if (command.startsOn() != null && startsAfterTheRunningTerm(command.startsOn()) && command.years() >= 1
                    && command.years() <= MAX_TERM_YEARS) {
                startTerm(command.startsOn(), command.years(), command.reportId(), command.sourceEventId(),
                        command.actor(), deadlines, clock);
            }
        });
    }

    // --- the inspectorate's commands ---

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(SetSupervisionTerm command, DeadlineManager deadlines, Clock clock) {
        admitInspectorate(command.actor(), command.expectedVersion());
        require(command.startsOn() != null, SupervisionRule.REQUIRED_FIELD, "A term starts on a date.");
        require(command.reference() != null && !command.reference().isBlank(), SupervisionRule.REQUIRED_FIELD,
                "A term names the investigation or report it follows.");
        require(command.years() >= 1 && command.years() <= MAX_TERM_YEARS, SupervisionRule.TERM_YEARS_OUT_OF_RANGE,
                "A term lasts 1 to " + MAX_TERM_YEARS + " years.");
        require(startsAfterTheRunningTerm(command.startsOn()), SupervisionRule.SUPERVISION_TERM_RUNNING,
                "A term runs from " + (term == null ? null : term.startsOn()) + " until " + (term == null ? null : term.endsOn())
                        + "; a new term follows a later investigation and starts after it began.");
        open(command.institutionCode(), clock);
        startTerm(command.startsOn(), command.years(), command.reference(), null, command.actor(), deadlines, clock);
        return getVersion();
    }

    /** A signal may only tighten the running term: to an end before the current one, and after the signal. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RecordSignal command, DeadlineManager deadlines, Clock clock) {
        admitInspectorate(command.actor(), command.expectedVersion());
        require(term != null && term.running(), SupervisionRule.NO_RUNNING_SUPERVISION_TERM,
                "A signal tightens a running supervision term; there is none.");
        require(command.summary() != null && !command.summary().isBlank(), SupervisionRule.REQUIRED_FIELD,
                "A signal says what was signalled.");
        requireTightening(command.signalledOn(), command.tightenedEndsOn(), LocalDate.now(clock));
        String signalId = "signal-" + (term.signals() + 1);
        LocalDate previousEnd = term.endsOn();
        record(new SupervisionSignalRecorded(institutionCode, signalId, command.signalledOn(), command.summary(),
                previousEnd, command.tightenedEndsOn(), command.actor(), clock.instant()));
        CalendarDeadlines calendar = new CalendarDeadlines(deadlines, clock);
        calendar.cancelTermEnd(previousEnd);
        calendar.termEnds(command.tightenedEndsOn());
        return getVersion();
    }

    // --- what passes: each recorded once ---

    @DeadlineHandler
    void on(CycleDeadline deadline, Clock clock) {
        Cycle cycle = cycles.get(deadline.kind());
        if (cycle != null && cycle.passes(deadline.dueOn())) {
            record(new CycleVisitOverdue(institutionCode, deadline.kind(), deadline.dueOn(), cycle.lastVisitOn(),
                    clock.instant()));
        }
    }

    @DeadlineHandler
    void on(TermDeadline deadline, Clock clock) {
        if (term != null && term.running() && term.endsOn().equals(deadline.endsOn())) {
            record(new SupervisionTermEnded(institutionCode, term.startsOn(), term.endsOn(), term.tightenedBySignalId(),
                    clock.instant()));
        }
    }

    @DeadlineHandler
    void on(FollowUpDeadline deadline, Clock clock) {
        TrackedFollowUp followUp = followUps.get(deadline.followUpKey());
        if (followUp != null && followUp.passes(deadline.dueOn())) {
            record(new FollowUpOverdue(institutionCode, deadline.followUpKey(), followUp.reportId(), deadline.dueOn(),
                    publishedReports.contains(followUp.reportId()), clock.instant()));
        }
    }

    // --- the rules, named ---

    /** The inspectorate's commands: theirs alone, and on the version of the calendar they saw, if they name one. */
    private void admitInspectorate(Actor actor, Long expectedVersion) {
        require(actor != null && actor.role() == Role.INSPECTORATE, SupervisionRule.ONLY_INSPECTORATE,
                "Only the inspectorate sets a supervision term or records a signal.");
        Long version = getVersion();
        StaleVersion.require(expectedVersion, version == null ? -1 : version);
    }

    /** A signal, received by today within the running term, moves its end earlier, to a date after the signal. */
    private void requireTightening(LocalDate signalledOn, LocalDate tightenedEndsOn, LocalDate today) {
        require(signalledOn != null && tightenedEndsOn != null, SupervisionRule.REQUIRED_FIELD,
                "A signal has a date and the term's tightened end date.");
        require(!signalledOn.isAfter(today), SupervisionRule.SIGNAL_IN_FUTURE,
                "A signal is recorded once it was received, not before.");
        require(!signalledOn.isBefore(term.startsOn()), SupervisionRule.SIGNAL_OUTSIDE_TERM,
                "The signal predates the term, which starts " + term.startsOn() + ".");
        require(tightenedEndsOn.isBefore(term.endsOn()), SupervisionRule.SIGNAL_MUST_TIGHTEN_TERM,
                "A signal tightens the term: its new end lies before the current end, " + term.endsOn() + ".");
        require(tightenedEndsOn.isAfter(signalledOn), SupervisionRule.TIGHTENED_END_BEFORE_SIGNAL,
                "The tightened end lies after the signal's date.");
    }

    private boolean startsAfterTheRunningTerm(LocalDate startsOn) {
        return term == null || !term.running() || startsOn.isAfter(term.startsOn());
    }

    /** Starts a term; one still running is replaced by it, and its end will pass unrecorded. */
    private void startTerm(LocalDate startsOn, int years, String reference, String sourceEventId, Actor actor,
                           DeadlineManager deadlines, Clock clock) {
        if (term != null && term.running()) {
            new CalendarDeadlines(deadlines, clock).cancelTermEnd(term.endsOn());
        }
        LocalDate endsOn = startsOn.plusYears(years);
        record(new SupervisionTermSet(institutionCode, startsOn, years, endsOn, reference, sourceEventId, actor,
                clock.instant()));
        new CalendarDeadlines(deadlines, clock).termEnds(endsOn);
    }

    /** Every event names the institution it concerns, for the integration events and the public feed. */
    private void record(Object event) {
        apply(event, MetaData.with(IntegrationEvent.INSTITUTION_METADATA, institutionCode));
    }

    /** Opens the calendar the first time anything concerns the institution. */
    private void open(String code, Clock clock) {
        if (institutionCode == null) {
            apply(new CalendarOpened(code, clock.instant()),
                    MetaData.with(IntegrationEvent.INSTITUTION_METADATA, code));
        }
    }

    /**
     * A fact from another service: never refused, it opens the calendar if need be and changes it only the first
     * time its event is delivered.
     */
    private long take(FeedCommand command, Clock clock, Runnable change) {
        open(command.institutionCode(), clock);
        if (!takenEvents.contains(command.sourceEventId())) {
            change.run();
        }
        return getVersion();
    }

    // --- state changes ---

    @EventSourcingHandler
    void on(CalendarOpened event) {
        institutionCode = event.institutionCode();
    }

    @EventSourcingHandler
    void on(CycleVisitRecorded event) {
        takenEvents.add(event.sourceEventId());
        publishedReports.add(event.reportId());
        Cycle before = cycles.get(event.kind());
        LocalDate last = before == null || event.visitedOn().isAfter(before.lastVisitOn())
                ? event.visitedOn() : before.lastVisitOn();
        boolean sameDue = before != null && before.nextDueOn().equals(event.nextDueOn());
        cycles.put(event.kind(), new Cycle(last, event.nextDueOn(), sameDue && before.overdue()));
    }

    @EventSourcingHandler
    void on(ReportOutsideCycle event) {
        takenEvents.add(event.sourceEventId());
        outsideCycle.add(event.reportId());
    }

    @EventSourcingHandler
    void on(ReportPublishedOutsideCycle event) {
        takenEvents.add(event.sourceEventId());
        publishedReports.add(event.reportId());
    }

    @EventSourcingHandler
    void on(CycleVisitOverdue event) {
        cycles.computeIfPresent(event.kind(), (kind, cycle) -> new Cycle(cycle.lastVisitOn(), cycle.nextDueOn(), true));
    }

    @EventSourcingHandler
    void on(SupervisionTermSet event) {
        if (event.sourceEventId() != null) {
            takenEvents.add(event.sourceEventId());
        }
        term = new Term(event.startsOn(), event.endsOn(), null, 0, false);
    }

    @EventSourcingHandler
    void on(SupervisionSignalRecorded event) {
        term = term.tightened(event.signalId(), event.endsOn());
    }

    @EventSourcingHandler
    void on(SupervisionTermEnded event) {
        term = term.end();
    }

    /** What becomes of a follow-up: tracked, due again, done, or past its due date while open. */
    @EventSourcingHandler
    void on(FollowUpEvent event) {
        if (event instanceof FeedEvent fed) {
            takenEvents.add(fed.sourceEventId());
        }
        if (event instanceof FollowUpTracked tracked) {
            followUps.put(tracked.followUpKey(), new TrackedFollowUp(tracked.reportId(), tracked.dueOn(), true, false));
        } else {
            followUps.computeIfPresent(event.followUpKey(), (key, followUp) -> followUp.after(event));
        }
    }

    @Override
    public String toString() {
        return "SupervisionCalendar[" + institutionCode + "]";
    }
}
