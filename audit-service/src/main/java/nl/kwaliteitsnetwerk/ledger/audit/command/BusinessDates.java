package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.api.BusinessDateCorrected;
import nl.kwaliteitsnetwerk.ledger.audit.api.BusinessDated;
import nl.kwaliteitsnetwerk.ledger.audit.api.BusinessTime;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;

/**
 * The business dates of an audit's steps, in the order they were recorded, as corrected. A step happened on a
 * day of its own, which a case entered after the fact gives (the BM Services investigation of 2022, entered in
 * 2026); the rules keep those days plausible: none after today, and none before the step it follows (the visit
 * not before the intake, the concept report not before the visit closed, ...), and a step into a phase not before
 * the smaller steps it closes either (the final report not before the comments and their disposals). Scheduling
 * and assigning the team are dated too, but are no step of that chain: a plan is often entered after the intake it
 * led to.
 */
final class BusinessDates extends AuditPart {

    /** The steps the order rule does not follow from. */
    private static final Set<AuditStatus> OUTSIDE_THE_CHAIN = Set.of(AuditStatus.SCHEDULED, AuditStatus.TEAM_ASSIGNED);

    /** One dated step: the event that recorded it, the phase it led into (null: within a phase), its date. */
    private record Step(long sequence, AuditStatus leadsInto, LocalDate date) {

        boolean inTheChain() {
            return leadsInto != null && !OUTSIDE_THE_CHAIN.contains(leadsInto);
        }

        /** Whether the order rule holds it: every step but scheduling and assigning the team. */
        boolean ordered() {
            return leadsInto == null || !OUTSIDE_THE_CHAIN.contains(leadsInto);
        }
    }

    private final List<Step> steps = new ArrayList<>();

    @EventSourcingHandler
    void on(AuditEvent event, @SequenceNumber long sequence) {
        if (event instanceof BusinessDated dated) {
            steps.add(new Step(sequence, AuditStatus.after(event, null), dated.occurredOn()));
        }
    }

    @EventSourcingHandler
    void on(BusinessDateCorrected event) {
        steps.replaceAll(step -> step.sequence() == event.correctedSequence()
                ? new Step(step.sequence(), step.leadsInto(), event.correctedDate()) : step);
    }

    /** Today, as the business day of live work and the latest day any step can have happened. */
    static LocalDate today(Clock clock) {
        return BusinessTime.today(clock);
    }

    /** The day a step without a chain before it (scheduling) happened: {@code given}, or today; not after today. */
    static LocalDate dayOf(LocalDate given, Clock clock) {
        LocalDate day = given == null ? today(clock) : given;
        require(!day.isAfter(today(clock)), AuditRule.BUSINESS_DATE_NOT_IN_FUTURE,
                "It cannot have happened on " + day + ": that is after today, " + today(clock) + ".");
        return day;
    }

    /**
     * The day a new step happened: {@code given}, or today; not after today, and not before the step it follows,
     * the latest step that led the audit into a phase of the chain.
     */
    LocalDate dayOfNext(LocalDate given, Clock clock) {
        LocalDate day = dayOf(given, clock);
        requireNotBefore(lastInTheChain(steps.size()), day, "It");
        return day;
    }

    /**
     * The day a new step that leads the audit into a phase happened: as {@link #dayOfNext}, and not before any step
     * recorded before it either, for it closes what was done before it (the oral feedback the findings of the visit,
     * the final report the comments and their disposals).
     */
    LocalDate dayOfNextPhase(LocalDate given, Clock clock) {
        LocalDate day = dayOfNext(given, clock);
        requireNotBeforeAnyOf(steps.size(), day, "It");
        return day;
    }

    /** A checked correction of the date of the latest step that led into a phase. */
    record Correction(AuditStatus step, long sequence, LocalDate previousDate, LocalDate correctedDate) {
    }

    /**
     * The correction of the date of the latest step that led into {@code step}, checked: a step is named (the web
     * edge is not the only way in), that step was taken, and the corrected date is not after today and keeps the
     * order with every step of the chain recorded around it: not before any recorded before it (the step it follows
     * and the smaller ones taken since, such as comments and their disposals), not after any recorded after it.
     * Scheduling and assigning the team stay outside that order, as when they were recorded. The comment deadline
     * is the audit's to check ({@link Audit}).
     */
    Correction correct(AuditStatus step, LocalDate correctedDate, Clock clock) {
        require(step != null, AuditRule.REQUIRED_TEXT,
                "A correction names the step whose date it corrects, by the phase that step led into.");
        int at = latestInto(step);
        require(at >= 0, AuditRule.STEP_NOT_TAKEN, "This audit has no step " + step + " whose date could be corrected.");
        require(correctedDate != null, AuditRule.REQUIRED_TEXT, "A correction gives the corrected date.");
        LocalDate day = dayOf(correctedDate, clock);
        Step corrected = steps.get(at);
        if (corrected.inTheChain()) {
            requireNotBeforeAnyOf(at, day, step + "");
            steps.subList(at + 1, steps.size()).stream().filter(Step::ordered).map(Step::date).filter(day::isAfter)
                    .min(LocalDate::compareTo).ifPresent(later -> require(false, AuditRule.BUSINESS_DATE_IN_ORDER,
                            step + " cannot be dated " + day + ", after a step recorded after it, on " + later + "."));
        }
        return new Correction(step, corrected.sequence(), corrected.date(), day);
    }

    /** {@code day} is not before any of the first {@code count} steps but those outside the order. */
    private void requireNotBeforeAnyOf(int count, LocalDate day, String what) {
        steps.subList(0, count).stream().filter(Step::ordered).map(Step::date).filter(day::isBefore)
                .max(LocalDate::compareTo).ifPresent(earlier -> require(false, AuditRule.BUSINESS_DATE_IN_ORDER,
                        what + " cannot have happened on " + day + ", before a step recorded before it, on "
                                + earlier + "."));
    }

    private static void requireNotBefore(Step followed, LocalDate day, String what) {
        if (followed != null) {
            require(!day.isBefore(followed.date()), AuditRule.BUSINESS_DATE_IN_ORDER, what + " cannot have happened on "
                    + day + ", before the step it follows (" + followed.leadsInto() + ") on " + followed.date() + ".");
        }
    }

    private int latestInto(AuditStatus step) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).leadsInto() == step) {
                return i;
            }
        }
        return -1;
    }

    /** The latest step of the chain among the first {@code count} steps; null if none. */
    private Step lastInTheChain(int count) {
        for (int i = count - 1; i >= 0; i--) {
            if (steps.get(i).inTheChain()) {
                return steps.get(i);
            }
        }
        return null;
    }

    @Override
    List<Object> state() {
        return Arrays.asList(steps);
    }
}
