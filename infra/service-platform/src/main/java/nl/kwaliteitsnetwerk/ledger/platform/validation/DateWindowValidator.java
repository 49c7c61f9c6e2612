package nl.kwaliteitsnetwerk.ledger.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The rule of {@link DateWindow}, by the service's injected {@link Clock} (Spring builds constraint
 * validators as beans), so that tests with a moved clock see the window move too.
 */
public final class DateWindowValidator {

    private DateWindowValidator() {
    }

    static boolean within(LocalDate date, DateWindow window, Clock clock) {
        return !date.isBefore(firstDay(window, clock)) && !date.isAfter(lastDay(window, clock));
    }

    /** Compared as instants: an instant near the end of time has no date to convert to. */
    static boolean within(Instant instant, DateWindow window, Clock clock) {
        return !instant.isBefore(firstDay(window, clock).atStartOfDay(ZoneOffset.UTC).toInstant())
                && instant.isBefore(lastDay(window, clock).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate firstDay(DateWindow window, Clock clock) {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusYears(window.yearsBack());
    }

    private static LocalDate lastDay(DateWindow window, Clock clock) {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusYears(window.yearsAhead());
    }

    public static class ForDate implements ConstraintValidator<DateWindow, LocalDate> {

        private final Clock clock;
        private DateWindow window;

        public ForDate(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void initialize(DateWindow window) {
            this.window = window;
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || within(value, window, clock);
        }
    }

    public static class ForInstant implements ConstraintValidator<DateWindow, Instant> {

        private final Clock clock;
        private DateWindow window;

        public ForInstant(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void initialize(DateWindow window) {
            this.window = window;
        }

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || within(value, window, clock);
        }
    }
}
