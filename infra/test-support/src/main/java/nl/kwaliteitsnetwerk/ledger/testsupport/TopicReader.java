package nl.kwaliteitsnetwerk.ledger.testsupport;

import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.stack.SharedTestStack;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

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

    public record Delivery(String key, int partition, long offset, IntegrationEvent event) {
    }
}
