package nl.kwaliteitsnetwerk.ledger.validation.supervision.parking;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailErrorHandling;
import nl.kwaliteitsnetwerk.ledger.validation.trail.UnreadableRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

import java.time.Clock;
import java.util.List;

/**
 * Parks a record the calendars' feed gave up on: lists it in {@link ParkedCalendarRecords} and counts it in
 * {@code qal.supervision.parked{topic}}. It is not copied to a dead-letter topic: the source topics keep every
 * record forever, so its place is enough to find it again, and the trail's {@code .dlt} topics stay the trail's.
 * Listing it is what lets the container commit past it; a failed write fails the recovery, and the record is
 * tried again.
 */
public class CalendarParking implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(CalendarParking.class);
    private static final String PARKED = "qal.supervision.parked";
    private static final String TOPIC = "topic";

    private final ParkedCalendarRecords parked;
    private final MeterRegistry meters;
    private final Clock clock;

    public CalendarParking(ParkedCalendarRecords parked, MeterRegistry meters, Clock clock, List<String> followedTopics) {
        this.parked = parked;
        this.meters = meters;
        this.clock = clock;
        // registered up front, so each topic's count is exported (as 0) before anything is parked
        followedTopics.forEach(topic -> Counter.builder(PARKED).tag(TOPIC, topic)
                .description("Records of the audit and dialogue topics the supervision calendars parked, by topic")
                .register(meters));
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception exception) {
        Throwable cause = TrailErrorHandling.causeOf(exception);
        ParkedCalendarRecord entry = new ParkedCalendarRecord(
                record.topic() + "/" + record.partition() + "/" + record.offset(), record.topic(), record.partition(),
                record.offset(), record.key() == null ? null : record.key().toString(), cause.getClass().getName(),
                reasonOf(cause), clock.instant());
        parked.save(entry);
        meters.counter(PARKED, TOPIC, record.topic()).increment();
        log.warn("the calendars parked {}: {}", entry.id(), entry.reason());
    }

    /** The feed's own words where it wrote them (they never quote the record); for anything else, that it kept failing. */
    private static String reasonOf(Throwable cause) {
        if (cause instanceof UnreadableRecord) {
            return cause.getMessage();
        }
        if (cause instanceof RuleViolation refused) {
            return "the calendar refuses the event (" + refused.errorCode().code() + "): " + refused.getMessage();
        }
        return "taking it into the calendar failed on every retry (" + cause.getClass().getSimpleName()
                + "); the exception is in the service log";
    }
}
