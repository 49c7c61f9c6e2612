package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * When a step of the trail happened as a matter of business (contract D): the payload's {@code occurredOn}, which
 * a producer states for a step entered after the fact; for an event without one (every event published before
 * business dates existed), the date of its recording instant in the network's time zone, where the services
 * default a business date to "today".
 */
public final class BusinessDates {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private BusinessDates() {
    }

    public static LocalDate of(JsonNode payload, Instant recordedAt) {
        LocalDate stated = date(payload, "occurredOn");
        return stated != null ? stated : LocalDate.ofInstant(recordedAt, ZONE);
    }

    /** The ISO date in {@code field}, or null where there is none or it is not a date. */
    public static LocalDate date(JsonNode payload, String field) {
        JsonNode value = payload == null ? null : payload.path(field);
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
