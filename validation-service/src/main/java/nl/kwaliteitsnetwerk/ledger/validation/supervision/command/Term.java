package nl.kwaliteitsnetwerk.ledger.validation.supervision.command;

import java.time.LocalDate;

/** The follow-up supervision term as the calendar holds it: the signal that set its end, if any; whether it ended. */
record Term(LocalDate startsOn, LocalDate endsOn, String tightenedBySignalId, int signals, boolean ended) {

    boolean running() {
        return !ended;
    }

    Term tightened(String signalId, LocalDate newEnd) {
        return new Term(startsOn, newEnd, signalId, signals + 1, false);
    }

    Term end() {
        return new Term(startsOn, endsOn, tightenedBySignalId, signals, true);
    }
}
