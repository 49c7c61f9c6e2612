package nl.kwaliteitsnetwerk.ledger.validation.ui;

import nl.kwaliteitsnetwerk.ledger.platform.errors.EdgeProblem;
import nl.kwaliteitsnetwerk.ledger.platform.errors.EdgeProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/**
 * The as-of control's value: an ISO instant as the API takes it, or what a {@code datetime-local} or {@code date}
 * input sends, read in UTC (the control's label says so); a day means its end, so that everything recorded that
 * day is in. Anything else is a 400 on {@code asOf}, as the API answers a malformed instant.
 */
final class AsOf {

    /** A date, optionally with a time of day, optionally with an offset ({@code Z} or {@code +01:00}). */
    private static final DateTimeFormatter DATE_TIME_OR_DATE = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .optionalEnd().toFormatter();

    private AsOf() {
    }

    static Instant instant(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            TemporalAccessor read = DATE_TIME_OR_DATE.parseBest(asOf.strip(), OffsetDateTime::from, LocalDateTime::from,
                    LocalDate::from);
            if (read instanceof OffsetDateTime withOffset) {
                return withOffset.toInstant();
            }
            if (read instanceof LocalDateTime utc) {
                return utc.toInstant(ZoneOffset.UTC);
            }
            return ((LocalDate) read).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
        } catch (DateTimeParseException notADate) {
            throw new EdgeProblemException(EdgeProblem.TYPE_MISMATCH, "Parameter 'asOf' has an invalid value.", "asOf");
        }
    }

    /** The instant as the {@code datetime-local} input shows it (UTC, to the second), or null. */
    static String input(Instant instant) {
        return instant == null ? null
                : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
