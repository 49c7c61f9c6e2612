package nl.kwaliteitsnetwerk.ledger.validation.supervision.parking;

import nl.kwaliteitsnetwerk.ledger.validation.parking.Parked;

import java.time.Instant;

/**
 * A record of the audit or dialogue topic that the calendars set aside instead of taking: where it is (it stays
 * there, the topics are kept forever), its key, why (the exception's class, and the feed's own words for it) and
 * when. Never the record's value, which may quote an institution's text.
 */
public record ParkedCalendarRecord(String id, String sourceTopic, int partition, long offset, String key,
                                   String exception, String reason, Instant parkedAt) implements Parked {
}
