package nl.kwaliteitsnetwerk.ledger.platform.publicfeed;

import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerAutoConfiguration;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerDigests;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerStorageEngine;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.DurableTopics;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventTranslator;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.PublishingAutoConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import java.security.KeyPair;
import java.time.Duration;
import java.util.List;

/**
 * The public feed of a service that publishes integration events: on its public topic
 * ({@code qal.public-feed.topic}) and over HTTP under {@code /public-feed}, for the inspectorate.
 */
@AutoConfiguration(after = {LedgerAutoConfiguration.class, PublishingAutoConfiguration.class})
@ConditionalOnBean(IntegrationEventTranslator.class)
public class PublicFeedAutoConfiguration {

    @Bean
    public PublicFeedStore publicFeedStore(MongoDatabaseFactory databases) {
        return new PublicFeedStore(databases.getMongoDatabase());
    }

    @Bean
    public PublicFeedPublisher publicFeedPublisher(KafkaTemplate<String, String> kafkaTemplate, LedgerDigests digests,
                                                   @Value("${qal.public-feed.topic}") String topic,
                                                   @Value("${qal.integration.send-timeout-ms:30000}") long sendTimeoutMillis) {
        PublicFeedPublisher publisher = new PublicFeedPublisher(kafkaTemplate, topic, sendTimeoutMillis);
        digests.whenSigned(publisher::publish);
        return publisher;
    }

    @Bean
    public PublicFeedProjection publicFeedProjection(PublicFeedStore store, MongoDatabaseFactory databases,
                                                     EventStore eventStore, List<IntegrationEventTranslator> translators,
                                                     PublicFeedPublisher publisher, KeyPair ledgerKeys,
                                                     @Value("${spring.application.name}") String ledger) {
        return new PublicFeedProjection(store, databases.getMongoDatabase().getCollection(LedgerStorageEngine.COMMITS),
                eventStore, translators, publisher, ledger, ledgerKeys.getPrivate());
    }

    @Bean
    public KafkaAdmin.NewTopics publicFeedTopic(@Value("${qal.public-feed.topic}") String topic, DurableTopics topics) {
        return topics.declareAll(List.of(topic));
    }

    @Bean
    @ConditionalOnWebApplication
    public PublicFeedController publicFeedController(PublicFeedStore store,
                                                     @Value("${qal.public-feed.poll-interval:PT0.2S}") Duration pollInterval) {
        return new PublicFeedController(store, pollInterval);
    }
}
