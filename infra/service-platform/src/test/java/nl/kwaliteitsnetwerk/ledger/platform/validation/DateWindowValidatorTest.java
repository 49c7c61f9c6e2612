package nl.kwaliteitsnetwerk.ledger.platform.validation;

import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DateWindowValidatorTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    private final DateWindowValidator.ForDate dates = new DateWindowValidator.ForDate(TODAY);
    private final DateWindowValidator.ForInstant instants = new DateWindowValidator.ForInstant(TODAY);

    DateWindowValidatorTest() {
        dates.initialize(window(1, 5));
        instants.initialize(window(1, 5));
    }

    @Test
    void datesFromTheFirstToTheLastDayOfTheWindowAreTaken() {
        assertThat(dates.isValid(LocalDate.parse("2025-11-30"), null)).isTrue();
        assertThat(dates.isValid(LocalDate.parse("2031-11-30"), null)).isTrue();
        assertThat(dates.isValid(null, null)).isTrue();
    }

    @Test
    void datesOutsideTheWindowAreRefused() {
        assertThat(dates.isValid(LocalDate.parse("2025-11-29"), null)).isFalse();
        assertThat(dates.isValid(LocalDate.parse("2031-12-01"), null)).isFalse();
        assertThat(dates.isValid(LocalDate.parse("1900-01-01"), null)).isFalse();
        assertThat(dates.isValid(LocalDate.of(99999, 1, 1), null)).isFalse();
    }

    @Test
    void instantsAreHeldToTheSameDays() {
        assertThat(instants.isValid(Instant.parse("2025-11-30T00:00:00Z"), null)).isTrue();
        assertThat(instants.isValid(Instant.parse("2031-11-30T23:59:59Z"), null)).isTrue();
        assertThat(instants.isValid(Instant.parse("2025-11-29T23:59:59Z"), null)).isFalse();
        assertThat(instants.isValid(Instant.parse("2031-12-01T00:00:00Z"), null)).isFalse();
        assertThat(instants.isValid(Instant.MAX, null)).isFalse();
        assertThat(instants.isValid(Instant.MIN, null)).isFalse();
    }

    private static DateWindow window(int back, int ahead) {
        return new DateWindow() {
            @Override
            public int yearsBack() {
                return back;
            }

            @Override
            public int yearsAhead() {
                return ahead;
            }

            @Override
            public String message() {
                return "";
            }

            @Override
            public Class<?>[] groups() {
                return new Class<?>[0];
            }

            @Override
            @SuppressWarnings("unchecked")
            public Class<? extends jakarta.validation.Payload>[] payload() {
                return new Class[0];
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return DateWindow.class;
            }
        };
    }
}
