package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;

/**
 * The term of the inspectorate's follow-up supervision an investigation's final report sets: {@code years} from
 * the day the report was finalised (its business date). Four years is the regular term; a signal may shorten it.
 */
public record SupervisionTerm(int years, LocalDate startsOn, LocalDate endsOn) {

    public static final int REGULAR_YEARS = 4;

    public static SupervisionTerm of(int years, LocalDate startsOn) {
        return new SupervisionTerm(years, startsOn, startsOn.plusYears(years));
    }
}
