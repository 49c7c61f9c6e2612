package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Follows the event store with its own tracking processor and publishes every domain event as an
 * integration event, keyed by aggregate id. It waits for the broker's acknowledgement (acks=all,
 * idempotent producer) before the processor may advance its token: a failure stops the processor,
 * which retries from the last acknowledged event. Hence at least once, in order per aggregate.
 */
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
public class IntegrationEventPublisher {

    public static final String PROCESSING_GROUP = "integration-publisher";

    private final List<IntegrationEventTranslator> translators;
    private final KafkaTemplate<String, String> kafka;
    private final long sendTimeoutMillis;

    public IntegrationEventPublisher(List<IntegrationEventTranslator> translators,
                                     KafkaTemplate<String, String> kafka, long sendTimeoutMillis) {
        this.translators = List.copyOf(translators);
        this.kafka = kafka;
        this.sendTimeoutMillis = sendTimeoutMillis;
    }

    @EventHandler
    public void on(Object domainEvent, DomainEventMessage<?> message)
            throws ExecutionException, InterruptedException, TimeoutException {
        for (IntegrationEventTranslator translator : translators) {
            var translation = translator.translate(domainEvent);
            if (translation.isPresent()) {
                IntegrationEvent event = envelope(message, translation.get());
                kafka.send(translator.topic(), event.aggregateId(), IntegrationEventCodec.toJson(event))
                        .get(sendTimeoutMillis, TimeUnit.MILLISECONDS);
            }
        }
    }

    static IntegrationEvent envelope(DomainEventMessage<?> message, IntegrationEventTranslator.Translation body) {
        return new IntegrationEvent(
                IntegrationEvent.ENVELOPE_VERSION,
                message.getIdentifier(),
                body.eventType(),
                body.schemaVersion(),
                message.getType(),
                message.getAggregateIdentifier(),
                message.getSequenceNumber(),
                (String) message.getMetaData().get(IntegrationEvent.INSTITUTION_METADATA),
                body.occurredAt(),
                body.actor(),
                body.payload());
    }
}
