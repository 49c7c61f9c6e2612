package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import nl.kwaliteitsnetwerk.ledger.platform.publicfeed.PublicFeedProjection;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Republishes the whole event store to Kafka when the service starts. For the embedded default,
 * whose in-process broker starts empty each time while the event store is kept: the feed then
 * always holds every event. Consumers see redeliveries, which they recognise by event id.
 * The publisher's tokens are reset in the start phase just before event processors start, so the
 * processor is never stopped and restarted (a restart can race its own worker launcher).
 */
public class FeedReplayOnStart implements ConfigurerModule {

    private static final List<String> REPUBLISHING = List.of(IntegrationEventPublisher.PROCESSING_GROUP,
            PublicFeedProjection.PROCESSING_GROUP);
    private static final Logger log = LoggerFactory.getLogger(FeedReplayOnStart.class);

    @Override
    public void configureModule(Configurer configurer) {
        configurer.onInitialize(configuration -> configuration.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () ->
                REPUBLISHING.forEach(group -> configuration.eventProcessingConfiguration()
                        .eventProcessor(group, TrackingEventProcessor.class)
                        .ifPresent(processor -> {
                            processor.resetTokens();
                            log.info("{} republishes every stored event to Kafka (qal.integration.replay-on-start)", group);
                        }))));
    }
}
