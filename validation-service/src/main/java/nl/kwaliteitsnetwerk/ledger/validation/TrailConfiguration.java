package nl.kwaliteitsnetwerk.ledger.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailFeed;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailReplay;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailStore;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Wires the trail: its store, the consumer that follows the audit and dialogue topics, and the replay. */
@Configuration
class TrailConfiguration {

    static final List<String> FOLLOWED_TOPICS = List.of(IntegrationTopics.AUDITS, IntegrationTopics.DIALOGUES);

    @Bean
    TrailStore trailStore(MongoDatabaseFactory databases, ObjectMapper objectMapper) {
        return new TrailStore(databases.getMongoDatabase(), objectMapper.copy());
    }

    @Bean
    Supplier<KafkaConsumer<String, String>> trailConsumers(KafkaProperties kafka, @Value("${qal.trail.group-id}") String groupId) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return () -> new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    @Bean
    TrailFeed trailFeed(Supplier<KafkaConsumer<String, String>> trailConsumers, TrailStore store, MeterRegistry meters) {
        return new TrailFeed(trailConsumers, FOLLOWED_TOPICS, store, meters);
    }

    @Bean
    TrailReplay trailReplay(Supplier<KafkaConsumer<String, String>> trailConsumers) {
        return new TrailReplay(trailConsumers, FOLLOWED_TOPICS);
    }

    /**
     * The topics this service follows, declared here too with the producers' partition count, so that
     * whichever service starts first creates them alike (a topic's partitions decide its keys' order).
     */
    @Bean
    KafkaAdmin.NewTopics followedTopics(@Value("${qal.integration.partitions}") int partitions,
                                        @Value("${qal.integration.replication-factor}") short replicationFactor) {
        return new KafkaAdmin.NewTopics(FOLLOWED_TOPICS.stream()
                .map(topic -> new NewTopic(topic, partitions, replicationFactor)).toArray(NewTopic[]::new));
    }
}
