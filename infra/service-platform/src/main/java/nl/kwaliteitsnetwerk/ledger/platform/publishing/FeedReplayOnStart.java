package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import nl.kwaliteitsnetwerk.ledger.platform.publicfeed.PublicFeedProjection;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;

/**
 * An operator's command, given as {@code qal.integration.replay-on-start=true} for one start of one
 * instance: republishes the whole event store to Kafka, for a cluster whose topics lost records (a
 * topic recreated, a restore from backup). Consumers see redeliveries, which they recognise by event id.
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
                        .ifPresent(processor -> reset(configuration, group, processor)))));
    }

    private static void reset(Configuration configuration, String group, TrackingEventProcessor processor) {
        if (!hasProcessedEvents(configuration.eventProcessingConfiguration().tokenStore(group), group)) {
            log.info("{} has published nothing yet, so it starts from the first stored event anyway "
                    + "(qal.integration.replay-on-start)", group);
            return;
        }
        processor.resetTokens();
        log.info("{} republishes every stored event to Kafka (qal.integration.replay-on-start)", group);
    }

    /**
     * Whether every segment of the processor has a token. A segment without one has processed nothing
     * (an empty store, or a start that ended before the first event); Axon's reset would store its
     * "replay from the start" as a null token, which the Mongo token store refuses with a
     * NullPointerException, and there is nothing to replay.
     */
    static boolean hasProcessedEvents(TokenStore tokens, String group) {
        int[] segments = tokens.fetchSegments(group);
        return segments.length > 0 && Arrays.stream(segments).allMatch(segment -> tokens.fetchToken(group, segment) != null);
    }
}
