package nl.kwaliteitsnetwerk.ledger.validation.trail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import java.time.Clock;
import java.util.List;

/**
 * Parks a record the trail gave up on: lists it in {@link ParkedRecords} for the committee, publishes it,
 * unchanged and with spring-kafka's headers naming its origin and the exception, on {@code <topic>.dlt}
 * (awaiting the broker, so a failed publish fails the recovery and the record is tried again), and
 * counts it in {@code qal.trail.parked{topic}}.
 */
public class TrailDeadLetters implements ConsumerRecordRecoverer {

    public static final String SUFFIX = ".dlt";
    private static final Logger log = LoggerFactory.getLogger(TrailDeadLetters.class);

    private final DeadLetterPublishingRecoverer publisher;
    private final ParkedRecords parked;
    private final MeterRegistry meters;
    private final Clock clock;

    public TrailDeadLetters(KafkaOperations<?, ?> template, ParkedRecords parked, MeterRegistry meters, Clock clock,
                            List<String> followedTopics) {
        // partition -1: the broker's partitioner places it by key, whatever the dead-letter topic's partition count
        this.publisher = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(deadLetterTopicOf(record.topic()), -1));
        this.parked = parked;
        this.meters = meters;
        this.clock = clock;
        followedTopics.forEach(this::parkedCounter);
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + SUFFIX;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception exception) {
        Throwable cause = TrailErrorHandling.causeOf(exception);
        ParkedRecord entry = new ParkedRecord(ParkedRecord.idOf(record.topic(), record.partition(), record.offset()),
                record.topic(), record.partition(), record.offset(), record.key() == null ? null : record.key().toString(),
                deadLetterTopicOf(record.topic()), cause.getClass().getName(), reasonOf(cause), clock.instant());
        // listed first: a failed write then fails the recovery before anything is published, and the
        // store's timeouts pace the retries; listing the same record again changes nothing
        parked.save(entry);
        publisher.accept(record, exception);
        parkedCounter(record.topic()).increment();
        log.warn("parked {}-{}@{} on {}: {}", record.topic(), record.partition(), record.offset(), entry.deadLetterTopic(),
                entry.reason());
    }

    /** The trail's own words for an unreadable record; for anything else only that it kept failing. */
    private static String reasonOf(Throwable cause) {
        return cause instanceof UnreadableRecord ? cause.getMessage()
                : "writing it to the trail failed on every retry (" + cause.getClass().getSimpleName()
                + "); the exception's message is in the dead-letter record's headers and the service log";
    }

    private Counter parkedCounter(String topic) {
        return Counter.builder("qal.trail.parked")
                .description("Records of the followed topics parked on their dead-letter topic, by source topic")
                .tag("topic", topic)
                .register(meters);
    }
}
