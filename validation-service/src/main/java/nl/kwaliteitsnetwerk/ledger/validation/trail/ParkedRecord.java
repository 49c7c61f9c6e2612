package nl.kwaliteitsnetwerk.ledger.validation.trail;

import nl.kwaliteitsnetwerk.ledger.validation.parking.Parked;

import java.time.Instant;

/**
 * A record of a followed topic that the trail parked on its dead-letter topic instead of writing it:
 * where it was, its key, why (the exception's class, and its message only where the trail wrote that
 * message itself), and when. Never the record's value: that stays on the dead-letter topic.
 */
public record ParkedRecord(String id, String sourceTopic, int partition, long offset, String key,
                           String deadLetterTopic, String exception, String reason, Instant parkedAt) implements Parked {

    public static String idOf(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }
}
