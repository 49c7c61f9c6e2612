package nl.kwaliteitsnetwerk.ledger.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.DurableTopics;
import nl.kwaliteitsnetwerk.ledger.validation.trail.NamedReports;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ParkedRecords;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailDeadLetters;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailErrorHandling;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailFeed;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailHealthIndicator;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailReplay;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailStore;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Wires the trail: its store, the listener container that follows the audit and dialogue topics (with
 * the error handler that parks what it cannot take), the parked records, and the replay.
 */
@Configuration
class TrailConfiguration {

    static final List<String> FOLLOWED_TOPICS = List.of(IntegrationTopics.AUDITS, IntegrationTopics.DIALOGUES);

    @Bean
    TrailStore trailStore(MongoDatabaseFactory databases, ObjectMapper objectMapper) {
        return new TrailStore(databases.getMongoDatabase(), objectMapper.copy());
    }

    @Bean
    ParkedRecords parkedRecords(MongoDatabaseFactory databases, ObjectMapper objectMapper) {
        return new ParkedRecords(databases.getMongoDatabase(), objectMapper.copy());
    }

    @Bean
    Supplier<KafkaConsumer<String, String>> trailConsumers(KafkaProperties kafka, @Value("${qal.trail.group-id}") String groupId) {
        Map<String, Object> config = trailConsumerConfig(kafka, groupId);
        return () -> new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /** The register's name for each institution code the trail shows (contract A: displayName). */
    @Bean
    NamedReports namedReports(InstitutionRegister register) {
        return new NamedReports(register::displayName);
    }

    @Bean
    TrailFeed trailFeed(TrailStore store, MeterRegistry meters) {
        return new TrailFeed(store, meters);
    }

    /**
     * The trail's consumer, on Boot's listener settings ({@code spring.kafka.listener.*}, observation among
     * them), but with what the trail's guarantees rest on fixed here: one thread, offsets committed by
     * the container after each poll's records are written, never automatically.
     */
    @Bean
    ConcurrentMessageListenerContainer<Object, Object> trailListenerContainer(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, KafkaProperties kafka,
            @Value("${qal.trail.group-id}") String groupId, TrailFeed feed, TrailDeadLetters deadLetters,
            @Value("${qal.trail.retries:3}") int retries,
            @Value("${qal.trail.retry-interval:PT1S}") Duration retryInterval) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, new DefaultKafkaConsumerFactory<>(trailConsumerConfig(kafka, groupId)));
        factory.setConcurrency(1);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        factory.getContainerProperties().setClientId("trail");
        factory.setCommonErrorHandler(TrailErrorHandling.errorHandler(deadLetters, retries, retryInterval));
        ConcurrentMessageListenerContainer<Object, Object> container =
                factory.createContainer(FOLLOWED_TOPICS.toArray(String[]::new));
        container.setupMessageListener(feed);
        return container;
    }

    @Bean
    TrailDeadLetters trailDeadLetters(KafkaTemplate<String, String> kafkaTemplate, ParkedRecords parked, MeterRegistry meters,
                                      Clock clock) {
        return new TrailDeadLetters(kafkaTemplate, parked, meters, clock, FOLLOWED_TOPICS);
    }

    @Bean
    TrailHealthIndicator trailHealthIndicator(ParkedRecords parked,
                                              ConcurrentMessageListenerContainer<Object, Object> trailListenerContainer) {
        return new TrailHealthIndicator(parked, trailListenerContainer);
    }

    @Bean
    TrailReplay trailReplay(Supplier<KafkaConsumer<String, String>> trailConsumers) {
        return new TrailReplay(trailConsumers, FOLLOWED_TOPICS);
    }

    /**
     * The topics this service follows, and their dead-letter topics, declared here too with the producers'
     * settings, so that whichever service starts first creates them alike.
     */
    @Bean
    KafkaAdmin.NewTopics followedTopics(DurableTopics topics) {
        return topics.declareAll(Stream.concat(FOLLOWED_TOPICS.stream(),
                FOLLOWED_TOPICS.stream().map(TrailDeadLetters::deadLetterTopicOf)).toList());
    }

    private static Map<String, Object> trailConsumerConfig(KafkaProperties kafka, String groupId) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return config;
    }
}
