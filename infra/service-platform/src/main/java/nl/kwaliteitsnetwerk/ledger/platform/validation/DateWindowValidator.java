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

    /** One comparison of a value with the window; each validator below names which of the two above it uses. */
    @FunctionalInterface
    private interface Comparison<T> {
        boolean within(T value, DateWindow window, Clock clock);
    }

    /**
     * The window's bounds, read once from the annotation; {@code null} is left to {@code @NotNull}. Bean Validation
     * picks a validator by the annotated type, hence one subclass per type.
     */
    private abstract static class Windowed<T> implements ConstraintValidator<DateWindow, T> {

        private final Clock clock;
        private final Comparison<T> comparison;
        private DateWindow window;

        Windowed(Clock clock, Comparison<T> comparison) {
            this.clock = clock;
            this.comparison = comparison;
        }

        @Override
        public void initialize(DateWindow window) {
            this.window = window;
        }

        @Override
        public boolean isValid(T value, ConstraintValidatorContext context) {
            return value == null || comparison.within(value, window, clock);
        }
    }

    public static class ForDate extends Windowed<LocalDate> {
        public ForDate(Clock clock) {
            super(clock, DateWindowValidator::within);
        }
    }

    public static class ForInstant extends Windowed<Instant> {
        public ForInstant(Clock clock) {
            super(clock, DateWindowValidator::within);
        }
    }
}
