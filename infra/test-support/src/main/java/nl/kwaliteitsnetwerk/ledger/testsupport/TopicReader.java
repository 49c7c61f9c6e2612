package nl.kwaliteitsnetwerk.ledger.testsupport;

import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads a topic of the shared test broker from the beginning, as an independent consumer would. */
public final class TopicReader {

    private TopicReader() {
    }

    /** Consumes {@code topic} until {@code done} holds for the records of {@code aggregateIds} or the timeout passes. */
    public static List<Delivery> readUntil(String topic, Set<String> aggregateIds, Predicate<List<Delivery>> done,
                                           Duration timeout) {
        return readUntil(SharedTestStack.get().kafka().bootstrapServers(), topic, aggregateIds, done, timeout);
    }

    public static List<Delivery> readUntil(String bootstrapServers, String topic, Set<String> aggregateIds,
                                           Predicate<List<Delivery>> done, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Delivery> deliveries = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (Instant.now().isBefore(deadline) && !done.test(deliveries)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (aggregateIds.contains(record.key())) {
                        deliveries.add(new Delivery(record.key(), record.partition(), record.offset(),
                                IntegrationEventCodec.fromJson(record.value())));
                    }
                }
            }
        }
        return deliveries;
    }

    /** The first record on {@code topic} keyed {@code key}, as it was sent (headers too); waits up to 30 s for it. */
    public static ConsumerRecord<String, String> firstRecordKeyed(String topic, String key) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestStack.get().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
        }
        return found.get(0);
    }

    public record Delivery(String key, int partition, long offset, IntegrationEvent event) {
    }
}
