package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Republishes the whole event store to Kafka when the service starts. For the embedded default,
 * whose in-process broker starts empty each time while the event store is kept: the feed then
 * always holds every event. Consumers see redeliveries, which they recognise by event id.
 */
public class FeedReplayOnStart implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(FeedReplayOnStart.class);

    private final EventProcessingConfiguration processing;

    public FeedReplayOnStart(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        processing.eventProcessor(IntegrationEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class)
                .ifPresent(publisher -> {
                    publisher.shutDown();
                    publisher.resetTokens();
                    publisher.start();
                    log.info("republishing every stored event to Kafka (qal.integration.replay-on-start)");
                });
    }
}
