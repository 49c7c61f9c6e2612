package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Business time beside recording time. An event's {@code occurredAt} is when the ledger recorded it; its
 * {@code occurredOn} is the day it happened, which for a case entered after the fact lies years earlier. The
 * network works in Amsterdam, so "today" and the day of an instant are taken there, whatever the clock's zone.
 * (An interface only because the messages' package holds records, enums and interfaces; it has no instances.)
 */
public interface BusinessTime {

    ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** The business day of a recording instant: what an event stored before business dates existed reads as. */
    static LocalDate dateOf(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZONE);
    }

    static LocalDate today(Clock clock) {
        return dateOf(clock.instant());
    }

    /** The business date given, or else the day it was recorded (old stored events; live work given no date). */
    static LocalDate orDateOf(LocalDate occurredOn, Instant occurredAt) {
        return occurredOn != null ? occurredOn : dateOf(occurredAt);
    }
}
