package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.EventCopied;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class IntegrationEventPublisherTest {

    private static final Instant AT = Instant.parse("2027-01-01T00:00:00Z");

    private final MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
    private final IntegrationEventPublisher publisher = new IntegrationEventPublisher(List.of(new Greetings()),
            new KafkaTemplate<>(() -> producer), 1_000);

    @Test
    void publishesTheEnvelopeKeyedByAggregateWithTheInstitutionFromMetadata() throws Exception {
        var message = new GenericDomainEventMessage<>("Greeting", "g-1", 4, "hello",
                MetaData.with(IntegrationEvent.INSTITUTION_METADATA, "29WT"));
        publisher.on("hello", message);

        ProducerRecord<String, String> record = producer.history().get(0);
        assertThat(record.topic()).isEqualTo("greetings.v1");
        assertThat(record.key()).isEqualTo("g-1");
        IntegrationEvent event = IntegrationEventCodec.fromJson(record.value());
        assertThat(event.eventId()).isEqualTo(message.getIdentifier());
        assertThat(event.sequenceNumber()).isEqualTo(4);
        assertThat(event.aggregateType()).isEqualTo("Greeting");
        assertThat(event.institutionCode()).isEqualTo("29WT");
        assertThat(event.eventType()).isEqualTo("greeting.said");
        assertThat(event.payload().path("text").asText()).isEqualTo("hello");
    }

    /** The tracking processor must not advance past an event the broker did not take: the handler fails. */
    @Test
    void aFailedSendFailsTheHandlerSoTheProcessorRetries() {
        producer.sendException = new KafkaException("broker unavailable");
        var message = new GenericDomainEventMessage<>("Greeting", "g-1", 0, "hello", MetaData.emptyInstance());
        assertThatThrownBy(() -> publisher.on("hello", message)).hasStackTraceContaining("broker unavailable");
    }

    @Test
    void inABatchTheUnitOfWorkCommitsOnlyOnceTheBrokerAcknowledgedEverySend() throws Exception {
        MockProducer<String, String> slow = new MockProducer<>(false, null, new StringSerializer(), new StringSerializer());
        IntegrationEventPublisher batching = new IntegrationEventPublisher(List.of(new Greetings()),
                new KafkaTemplate<>(() -> slow), 1_000);
        var first = new GenericDomainEventMessage<>("Greeting", "g-1", 0, "hello", MetaData.emptyInstance());
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(first);
        batching.on("hello", first);
        batching.on("again", new GenericDomainEventMessage<>("Greeting", "g-1", 1, "again", MetaData.emptyInstance()));
        assertThat(slow.history()).hasSize(2);

        slow.completeNext();
        slow.errorNext(new KafkaException("not acknowledged"));
        assertThatThrownBy(unitOfWork::commit).hasStackTraceContaining("not acknowledged");
        assertThat(unitOfWork.isRolledBack()).isTrue();
    }

    @Test
    void eventsNoTranslatorKnowsAreNotPublished() throws Exception {
        publisher.on(42, new GenericDomainEventMessage<>("Other", "o-1", 0, 42, MetaData.emptyInstance()));
        assertThat(producer.history()).isEmpty();
    }

    /**
     * A copy made when a stream was split was told as its original: it is published at its own place in the new
     * stream (no gap there), as a pointer to the original, not as the fact again.
     */
    @Test
    void aCopiedEventIsPublishedAsAPointerToItsOriginal() throws Exception {
        var original = new GenericDomainEventMessage<>("Greetings", "g-1", 5, "hello", MetaData.with("traceparent", "t-1"),
                "original-5", AT);
        MetaData provenance = CopiedEvent.of(original, null);
        assertThat(provenance).as("the original's own metadata travels with the copy").containsEntry("traceparent", "t-1");
        publisher.on("hello", new GenericDomainEventMessage<>("Greeting", "g-2", 0, "hello", provenance));

        List<IntegrationEvent> sent = producer.history().stream().map(r -> IntegrationEventCodec.fromJson(r.value())).toList();
        assertThat(sent).extracting(IntegrationEvent::aggregateId, IntegrationEvent::sequenceNumber, IntegrationEvent::eventType)
                .containsExactly(tuple("g-2", 0L, "greeting.event-copied"));
        assertThat(EventCopied.of(sent.get(0)))
                .isEqualTo(new EventCopied("greeting.said", "Greetings", "g-1", 5L, "original-5"));
        assertThat(sent.get(0).payload().toString()).as("not the fact again").doesNotContain("hello");
    }

    private static final class Greetings implements IntegrationEventTranslator {
        @Override
        public String topic() {
            return "greetings.v1";
        }

        @Override
        public Optional<Translation> translate(Object domainEvent) {
            if (!(domainEvent instanceof String text)) {
                return Optional.empty();
            }
            return Optional.of(new Translation("greeting.said", 1, AT, Actor.of("lead", Role.LEAD_AUDITOR),
                    JsonNodeFactory.instance.objectNode().put("text", text)));
        }
    }
}
