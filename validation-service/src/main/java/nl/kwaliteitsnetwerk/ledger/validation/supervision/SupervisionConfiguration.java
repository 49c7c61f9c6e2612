package nl.kwaliteitsnetwerk.ledger.validation.supervision;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.feed.CalendarFeed;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.parking.CalendarErrorHandling;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.parking.CalendarFeedHealthIndicator;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.parking.CalendarParking;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.parking.ParkedCalendarRecords;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.query.CalendarReads;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Wires the supervision calendars: the consumer that feeds them from the audit and dialogue topics (a group of
 * its own, {@code qal.supervision.group-id}, so the trail's offsets are never shared) with what it parks, their
 * reads, and their events' integration contract.
 */
@Configuration
class SupervisionConfiguration {

    /** The calendars are read folded from their streams (their events are published by SupervisionIntegrationEvents). */
    @Bean
    CalendarReads calendarReads(EventStore eventStore, ObjectMapper objectMapper) {
        return new CalendarReads(eventStore, objectMapper);
    }

    @Bean
    CalendarFeed calendarFeed(CommandGateway commands, @Value("${qal.supervision.cycle-years:3}") int cycleYears) {
        return new CalendarFeed(commands, cycleYears);
    }

    @Bean
    ParkedCalendarRecords parkedCalendarRecords(MongoDatabaseFactory databases, ObjectMapper objectMapper) {
        return new ParkedCalendarRecords(databases.getMongoDatabase(), objectMapper.copy());
    }

    @Bean
    CalendarParking calendarParking(ParkedCalendarRecords parked, MeterRegistry meters, Clock clock) {
        return new CalendarParking(parked, meters, clock, List.of(IntegrationTopics.AUDITS, IntegrationTopics.DIALOGUES));
    }

    /**
     * One thread, offsets committed after each poll's commands are stored; a record that fails is retried or
     * parked as CalendarErrorHandling says, so no record holds up the calendars for ever and none is skipped unseen.
     */
    @Bean
    ConcurrentMessageListenerContainer<Object, Object> calendarListenerContainer(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, KafkaProperties kafka, CalendarFeed feed,
            CalendarParking parking, @Value("${qal.supervision.group-id:validation-supervision}") String groupId,
            @Value("${qal.supervision.retries:3}") int retries,
            @Value("${qal.supervision.retry-interval:PT1S}") Duration retryInterval) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, new DefaultKafkaConsumerFactory<>(config));
        factory.setConcurrency(1);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        factory.getContainerProperties().setClientId("supervision-calendar");
        factory.setCommonErrorHandler(CalendarErrorHandling.errorHandler(parking, retries, retryInterval));
        ConcurrentMessageListenerContainer<Object, Object> container =
                factory.createContainer(IntegrationTopics.AUDITS, IntegrationTopics.DIALOGUES);
        container.setupMessageListener(feed);
        return container;
    }

    @Bean
    CalendarFeedHealthIndicator calendarFeedHealthIndicator(ParkedCalendarRecords parked,
            ConcurrentMessageListenerContainer<Object, Object> calendarListenerContainer) {
        return new CalendarFeedHealthIndicator(parked, calendarListenerContainer);
    }

}
