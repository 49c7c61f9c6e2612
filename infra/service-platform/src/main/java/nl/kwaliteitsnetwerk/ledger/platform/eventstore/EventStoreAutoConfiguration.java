package nl.kwaliteitsnetwerk.ledger.platform.eventstore;

import io.micrometer.core.instrument.MeterRegistry;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrity;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerStorageEngine;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.PublishingRequired;
import org.springframework.beans.factory.ObjectProvider;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * The Axon event store, token store and processing defaults on MongoDB, shared by every service.
 * Events go into the service's own database (the one named in {@code spring.data.mongodb.uri}),
 * one document per commit, so a command's events are stored atomically without transactions.
 */
@AutoConfiguration(
        after = MongoAutoConfiguration.class,
        beforeName = {
                "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
                "org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration",
                "org.axonframework.springboot.autoconfig.InfraConfiguration"
        })
public class EventStoreAutoConfiguration {

    /** Named so, because Spring Data owns the bean {@code mongoTemplate}. */
    @Bean
    @ConditionalOnMissingBean(name = "axonMongoTemplate")
    public MongoTemplate axonMongoTemplate(MongoDatabaseFactory databaseFactory) {
        return DefaultMongoTemplate.builder().mongoDatabase(databaseFactory.getMongoDatabase()).build();
    }

    /** The ledger: gap-free positions, exact-key reads, a chain over every commit (see LedgerStorageEngine). */
    @Bean
    @ConditionalOnMissingBean
    public EventStorageEngine eventStorageEngine(MongoDatabaseFactory databaseFactory, Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Configuration configuration, LedgerIntegrity ledgerIntegrity) {
        LedgerStorageEngine engine = LedgerStorageEngine.builder()
                .database(databaseFactory.getMongoDatabase())
                .integrity(ledgerIntegrity)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .build();
        engine.ensureIndexes();
        return engine;
    }

    @Bean
    @ConditionalOnMissingBean
    public TokenStore tokenStore(@Qualifier("axonMongoTemplate") MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .claimTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Breaks met by any read of the ledger, alarmed once each (log, metric, health). */
    @Bean
    @ConditionalOnMissingBean
    public LedgerIntegrity ledgerIntegrity(ObjectProvider<MeterRegistry> registry) {
        return new LedgerIntegrity(registry.getIfAvailable());
    }

    /** Static, as a post-processor is created before the configuration that declares it. */
    /** See {@link PublishingRequired}: a service with aggregates and nothing to publish them does not start. */
    @Bean
    public static PublishingRequired publishingRequired() {
        return new PublishingRequired();
    }

    @Bean
    public static AggregateEventTypeFilter aggregateEventTypeFilter() {
        return new AggregateEventTypeFilter();
    }

    /**
     * No aggregate is kept in memory between commands: every command reads its aggregate's commits from
     * the store and verifies them first, so no command is decided on a history the store no longer
     * holds, and a break refuses the command instead of being appended to (ledger verify-on-read).
     */
    @Bean
    @ConditionalOnMissingBean(name = "aggregateCache")
    public Cache aggregateCache() {
        return NoCache.INSTANCE;
    }

    /**
     * Every event processor tracks the store, and an error in a handler stops and retries the
     * processor instead of skipping the event: a read model or a feed never silently misses one.
     */
    @Bean
    public ConfigurerModule trackingProcessorsThatNeverSkip() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingTrackingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((c, processorName) -> new BeforeTokenIsStored()));
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
