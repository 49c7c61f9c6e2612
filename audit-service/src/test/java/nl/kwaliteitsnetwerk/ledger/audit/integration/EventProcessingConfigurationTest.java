package nl.kwaliteitsnetwerk.ledger.audit.integration;

import nl.kwaliteitsnetwerk.ledger.audit.query.AuditProjection;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventPublisher;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model and the feed follow the store with tracking processors whose tokens live in
 * MongoDB, and a failing handler stops its processor (which retries) instead of skipping the event.
 * Aggregates are served from a cache.
 */
class EventProcessingConfigurationTest extends ServiceTestBase {

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    @Qualifier("auditRepository")
    Repository<?> auditRepository;

    @Test
    void auditsAreCachedSoACommandDoesNotReplayTheWholeStream() {
        assertThat(auditRepository).isInstanceOf(CachingEventSourcingRepository.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {AuditProjection.PROCESSING_GROUP, IntegrationEventPublisher.PROCESSING_GROUP})
    void processorTracksTheStoreAndNeverSkipsAFailedEvent(String group) {
        assertThat(processing.eventProcessor(group)).get().isInstanceOf(TrackingEventProcessor.class);
        assertThat(processing.listenerInvocationErrorHandler(group)).isInstanceOf(PropagatingErrorHandler.class);
        assertThat(tokenStore).isInstanceOf(MongoTokenStore.class);
    }
}
