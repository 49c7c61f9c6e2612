package nl.kwaliteitsnetwerk.ledger.validation.supervision.command;

import java.time.LocalDate;

/** One kind of visit in the cycle: the latest visit, the next due, and whether that due date's passing was recorded. */
record Cycle(LocalDate lastVisitOn, LocalDate nextDueOn, boolean overdue) {

    boolean passes(LocalDate deadlineDueOn) {
        return !overdue && nextDueOn.equals(deadlineDueOn);
    }
}
