package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents.publishedAudit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record on a followed topic that is no integration event: it is parked on the topic's dead-letter topic,
 * listed for the committee (without its text), counted and shown in the health, and the report's events
 * after it, in the same partition, still reach the trail. Its keys are this test's own, so no other test
 * of the shared context meets its records; no other test parks records of the audits' topic, so the
 * count of parked records of that topic grows by exactly this test's.
 */
class TrailDeadLetterTest extends ServiceTestBase {

    private static final String AUDITS = IntegrationTopics.AUDITS;
    private static final String SECRET = "Vertrouwelijke tekst van de instelling";

    @Autowired
    MeterRegistry meters;

    @Test
    void poisonRecordsBetweenAReportsEventsAreParkedAndTheTrailMovesOn() {
        PublishedEvents audit = publishedAudit("audit-" + UUID.randomUUID(), "T" + UUID.randomUUID().toString()
                .substring(0, 5).toUpperCase(), clock.instant().minus(Duration.ofDays(120)),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(60).toString());
        String key = audit.aggregateId();
        List<IntegrationEvent> events = audit.events();
        double countedBefore = parkedCounted();
        ObjectNode laterEnvelope = (ObjectNode) IntegrationEventCodec.mapper().valueToTree(events.get(0));
        laterEnvelope.put("envelopeVersion", 2).put("eventId", UUID.randomUUID().toString());
        Map<String, Long> poison = new HashMap<>();

        try (KafkaProducer<String, String> producer = producer()) {
            events.subList(0, 5).forEach(event -> send(producer, key, IntegrationEventCodec.toJson(event)));
            poison.put("{\"text\": \"" + SECRET + "\", oops", send(producer, key, "{\"text\": \"" + SECRET + "\", oops"));
            poison.put("{\"memo\":\"" + SECRET + "\"}", send(producer, key, "{\"memo\":\"" + SECRET + "\"}"));
            poison.put(laterEnvelope.toString(), send(producer, key, laterEnvelope.toString()));
            events.subList(5, events.size()).forEach(event -> send(producer, key, IntegrationEventCodec.toJson(event)));
        }

        JsonNode history = await().atMost(Duration.ofSeconds(60)).until(
                () -> api().get("committee", "/trail/reports/" + key),
                r -> r.status() == 200 && r.body().path("entries").size() == events.size()).body();
        assertThat(history.path("entries").findValuesAsText("eventId")).as("every good event, once, in order")
                .containsExactlyElementsOf(events.stream().map(IntegrationEvent::eventId).toList());

        List<ConsumerRecord<String, String>> parkedOnTopic = deadLetters(key, poison.size());
        assertThat(parkedOnTopic.stream().map(ConsumerRecord::value).distinct())
                .containsExactlyInAnyOrderElementsOf(poison.keySet());
        for (ConsumerRecord<String, String> parked : parkedOnTopic) {
            assertThat(header(parked, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(AUDITS.getBytes(StandardCharsets.UTF_8));
            assertThat(ByteBuffer.wrap(header(parked, KafkaHeaders.DLT_ORIGINAL_OFFSET)).getLong())
                    .isEqualTo(poison.get(parked.value()));
        }

        Response listed = await().atMost(Duration.ofSeconds(30)).until(() -> api().get("committee", "/trail/parked?limit=200"),
                r -> r.status() == 200 && r.body().findValuesAsText("key").stream().filter(key::equals).count() == poison.size());
        List<JsonNode> mine = new ArrayList<>();
        listed.body().path("items").forEach(entry -> {
            if (key.equals(entry.path("key").asText())) {
                mine.add(entry);
            }
        });
        assertThat(mine).extracting(entry -> entry.path("offset").asLong())
                .containsExactlyInAnyOrderElementsOf(poison.values());
        assertThat(mine).allSatisfy(entry -> {
            assertThat(entry.path("sourceTopic").asText()).isEqualTo(AUDITS);
            assertThat(entry.path("deadLetterTopic").asText()).isEqualTo(AUDITS + ".dlt");
            assertThat(entry.path("exception").asText()).isEqualTo(UnreadableRecord.class.getName());
            assertThat(Instant.parse(entry.path("parkedAt").asText())).isNotNull();
        });
        assertThat(mine).extracting(entry -> entry.path("reason").asText())
                .contains("not an integration event: no envelopeVersion, eventId, eventType, schemaVersion, aggregateType, "
                        + "aggregateId, sequenceNumber, occurredAt, payload", "not an integration event of envelope version 1")
                .anySatisfy(reason -> assertThat(reason).matches("not JSON \\(JsonParseException at line 1, column \\d+\\)"));
        assertThat(listed.raw()).as("never the record's text").doesNotContain(SECRET);
        assertThat(api().get("admin", "/trail/parked").status()).isEqualTo(200);
        assertThat(api().get("inspector", "/trail/parked").status()).isEqualTo(403);
        assertThat(api().get("roc", "/trail/parked").status()).isEqualTo(403);

        assertThat(parkedCounted() - countedBefore).as("qal.trail.parked{topic=%s}", AUDITS).isEqualTo(poison.size());
        assertThat(api().get("admin", "/actuator/prometheus").raw()).contains("qal_trail_parked_total{");
        JsonNode health = api().get("admin", "/actuator/health/trail").body();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("details").path("consuming").asBoolean()).isTrue();
        assertThat(health.path("details").path("parkedRecords").asLong()).isGreaterThanOrEqualTo(poison.size());
        assertThat(health.path("details").path("lastParked").path("sourceTopic").asText())
                .isIn(IntegrationTopics.AUDITS, IntegrationTopics.DIALOGUES);
        assertThat(health.path("details").path("lastParked").path("reason").asText()).isNotBlank();

        Response check = api().post("admin", "/trail/replay-check", ApiClient.json());
        assertThat(check.status()).as(check.raw()).isEqualTo(200);
        assertThat(check.body().path("recordsUnreadable").asLong()).as("passed over, as the live trail parked them")
                .isGreaterThanOrEqualTo(poison.size());
        assertThat(check.body().path("liveCaughtUp").asBoolean()).as("committed past the parked records").isTrue();
        assertThat(check.body().path("identical").asBoolean()).isTrue();
    }

    private double parkedCounted() {
        Counter counter = meters.find("qal.trail.parked").tag("topic", AUDITS).counter();
        return counter == null ? 0 : counter.count();
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestStack.get().kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    private static long send(KafkaProducer<String, String> producer, String key, String value) {
        try {
            return producer.send(new ProducerRecord<>(AUDITS, key, value)).get().offset();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + AUDITS, e);
        }
    }

    /** The records keyed {@code key} on the audits' dead-letter topic, once {@code expected} of them are there. */
    private static List<ConsumerRecord<String, String>> deadLetters(String key, int expected) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestStack.get().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(AUDITS + ".dlt"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
                return found.size() >= expected;
            });
        }
        return found;
    }

    private static byte[] header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as(name).isNotNull();
        return header.value();
    }
}
