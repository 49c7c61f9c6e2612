package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import nl.kwaliteitsnetwerk.ledger.kernel.integration.EventCopied;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.platform.eventstore.BeforeTokenIsStored;
import nl.kwaliteitsnetwerk.ledger.platform.observability.TraceContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Follows the event store with its own tracking processor and publishes every domain event as an
 * integration event, keyed by aggregate id. It waits for the broker's acknowledgement (acks=all,
 * idempotent producer) before the processor may advance its token: a failure stops the processor,
 * which retries from the last stored token. Hence at least once, in order per aggregate. A {@link CopiedEvent}
 * was published as its original: it is published as an {@link EventCopied} that names the original, so the new
 * stream has no gap and the fact is not told twice.
 */
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
public class IntegrationEventPublisher {

    public static final String PROCESSING_GROUP = "integration-publisher";
    private static final String PENDING_RESOURCE = IntegrationEventPublisher.class.getName() + ".pending";

    private final List<IntegrationEventTranslator> translators;
    private final KafkaTemplate<String, String> kafka;
    private final long sendTimeoutMillis;
    private final TraceContext traces;

    public IntegrationEventPublisher(List<IntegrationEventTranslator> translators,
                                     KafkaTemplate<String, String> kafka, long sendTimeoutMillis) {
        this(translators, kafka, sendTimeoutMillis, TraceContext.off());
    }

    public IntegrationEventPublisher(List<IntegrationEventTranslator> translators,
                                     KafkaTemplate<String, String> kafka, long sendTimeoutMillis, TraceContext traces) {
        this.translators = List.copyOf(translators);
        this.kafka = kafka;
        this.sendTimeoutMillis = sendTimeoutMillis;
        this.traces = traces;
    }

    /**
     * Within a processor's batch the sends are not awaited one by one: after the batch's last event, before
     * the token advances, all of them are awaited together. The idempotent producer keeps them
     * in order per partition, retries included.
     */
    @EventHandler
    public void on(Object domainEvent, DomainEventMessage<?> message)
            throws ExecutionException, InterruptedException, TimeoutException {
        for (IntegrationEventTranslator translator : translators) {
            var translation = translator.translate(domainEvent);
            if (translation.isPresent()) {
                IntegrationEvent event = CopiedEvent.isCopy(message)
                        ? envelope(message, pointerToTheOriginal(message, translation.get()))
                        : envelope(message, translation.get());
                // in the trace of the command that caused the event, so its trace id travels in the record's headers
                awaitBeforeTokenIsStored(traces.continuing(message.getMetaData(), "publish " + event.eventType(),
                        () -> kafka.send(translator.topic(), event.aggregateId(), IntegrationEventCodec.toJson(event))),
                        sendTimeoutMillis);
            }
        }
    }

    /** Inside a processor's batch the send is awaited after its last event, before the token is stored; outside, at once. */
    public static void awaitBeforeTokenIsStored(CompletableFuture<?> sent, long sendTimeoutMillis)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (CurrentUnitOfWork.isStarted()) {
            pendingOf(CurrentUnitOfWork.get().root(), sendTimeoutMillis).add(sent);
        } else {
            sent.get(sendTimeoutMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** The service's integration event for {@code message}, if any of its translators knows the event. */
    public static Optional<IntegrationEvent> integrationEventOf(List<IntegrationEventTranslator> translators,
                                                                DomainEventMessage<?> message) {
        for (IntegrationEventTranslator translator : translators) {
            var translation = translator.translate(message.getPayload());
            if (translation.isPresent()) {
                return Optional.of(envelope(message, translation.get()));
            }
        }
        return Optional.empty();
    }

    private static List<CompletableFuture<?>> pendingOf(UnitOfWork<?> unitOfWork, long sendTimeoutMillis) {
        List<CompletableFuture<?>> pending = unitOfWork.getResource(PENDING_RESOURCE);
        if (pending == null) {
            List<CompletableFuture<?>> started = new ArrayList<>();
            unitOfWork.resources().put(PENDING_RESOURCE, started);
            BeforeTokenIsStored.atEndOfBatch(unitOfWork, () -> awaitAll(started, sendTimeoutMillis));
            pending = started;
        }
        return pending;
    }

    private static void awaitAll(List<CompletableFuture<?>> pending, long sendTimeoutMillis) {
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(sendTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the broker acknowledged a batch", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge every integration event of the batch", e);
        }
    }

    /** A copy's body: not the fact again, but where it was told, at the copy's own place in its new stream. */
    static IntegrationEventTranslator.Translation pointerToTheOriginal(DomainEventMessage<?> copy,
                                                                       IntegrationEventTranslator.Translation original) {
        MetaData provenance = copy.getMetaData();
        Object sequence = provenance.get(CopiedEvent.ORIGINAL_SEQUENCE);
        EventCopied pointer = new EventCopied(original.eventType(), (String) provenance.get(CopiedEvent.ORIGINAL_AGGREGATE_TYPE),
                String.valueOf(provenance.get(CopiedEvent.MIGRATED_FROM)),
                sequence instanceof Number number ? number.longValue() : null,
                (String) provenance.get(CopiedEvent.ORIGINAL_EVENT_ID));
        return new IntegrationEventTranslator.Translation(EventCopied.typeFor(original.eventType()), EventCopied.SCHEMA_VERSION,
                original.occurredAt(), original.actor(), pointer.toPayload());
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
