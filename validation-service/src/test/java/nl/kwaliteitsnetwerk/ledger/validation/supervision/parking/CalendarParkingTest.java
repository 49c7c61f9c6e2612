package nl.kwaliteitsnetwerk.ledger.validation.supervision.parking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.platform.security.AggregateVisibility;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import nl.kwaliteitsnetwerk.ledger.validation.trail.UnreadableRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The calendars' feed parks what it cannot take and moves on: a record that is not JSON and one of an envelope
 * version this service does not read, sent between a dialogue's events, are listed for administrators
 * and the inspectorate (without their text), counted and shown in the health; the dialogue's report, published
 * after them in the same partition, still reaches the institution's calendar, whose ledger verification its
 * readers get and other institutions do not. On the dialogues' topic, which TrailDeadLetterTest leaves alone.
 */
class CalendarParkingTest extends ServiceTestBase {

    private static final String DIALOGUES = IntegrationTopics.DIALOGUES;

    @Autowired
    AggregateVisibility visibility;

    @Autowired
    MeterRegistry meters;

    @Test
    void poisonRecordsAreParkedVisiblyAndTheCalendarMovesOn() {
        String code = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase(Locale.ROOT);
        String dialogueId = "dialogue-" + UUID.randomUUID();
        String secret = "Vertrouwelijke tekst van de instelling, " + UUID.randomUUID();
        Actor chair = Actor.of("chair", Role.DIALOGUE_COMMITTEE);
        List<IntegrationEvent> events = PublishedEvents.finalDialogue(dialogueId, code, clock.instant().minus(Duration.ofDays(90)))
                .with("dialogue.dialogue-report-published", chair, IntegrationEventCodec.mapper().createObjectNode()
                        .put("dialogueId", dialogueId)).events();
        IntegrationEvent published = events.get(events.size() - 1);
        // a later envelope version, not one this service reads (an event the calendar itself refuses, such as one whose
        // institution code is no code, is CalendarErrorHandlingTest's: on the shared topics the trail would keep it)
        ObjectNode laterEnvelope = (ObjectNode) IntegrationEventCodec.mapper().valueToTree(published);
        laterEnvelope.put("envelopeVersion", 2).put("eventId", UUID.randomUUID().toString());
        double countedBefore = parkedCounted();
        List<String> records = new ArrayList<>(events.stream().map(IntegrationEventCodec::toJson).toList());
        records.add(events.size() - 1, "{\"text\": \"" + secret + "\", oops");
        records.add(events.size(), laterEnvelope.toString());
        List<Long> offsets = sendInOrder(dialogueId, records);
        List<Long> poison = offsets.subList(events.size() - 1, events.size() + 1);

        JsonNode calendar = await().atMost(Duration.ofSeconds(60)).until(
                () -> api().get("inspector", "/institutions/" + code + "/calendar"),
                r -> r.status() == 200 && dialogueId.equals(r.body().path("dialogue").path("lastReportId").asText())).body();
        assertThat(calendar.path("dialogue").path("lastVisitOn").asText()).isNotBlank();

        ApiClient.Response listed = await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get("admin", "/supervision/parked?limit=200"),
                r -> r.status() == 200 && mine(r.body(), dialogueId).size() == poison.size());
        List<JsonNode> mine = mine(listed.body(), dialogueId);
        assertThat(mine).extracting(entry -> entry.path("offset").asLong()).containsExactlyInAnyOrderElementsOf(poison);
        assertThat(mine).allSatisfy(entry -> assertThat(entry.path("sourceTopic").asText()).isEqualTo(DIALOGUES));
        assertThat(mine).allSatisfy(entry -> assertThat(entry.path("exception").asText())
                .isEqualTo(UnreadableRecord.class.getName()));
        assertThat(mine).extracting(entry -> entry.path("reason").asText())
                .anySatisfy(reason -> assertThat(reason).startsWith("not JSON"))
                .contains("not an integration event of envelope version 1");
        assertThat(listed.raw()).as("never the record's text").doesNotContain(secret);
        assertThat(api().get("inspector", "/supervision/parked").status()).isEqualTo(200);
        assertThat(api().get("committee", "/supervision/parked").status()).isEqualTo(403);
        assertThat(api().get("roc", "/supervision/parked").status()).isEqualTo(403);

        assertThat(parkedCounted() - countedBefore).as("qal.supervision.parked{topic=%s}", DIALOGUES)
                .isGreaterThanOrEqualTo(poison.size());
        assertThat(api().get("admin", "/actuator/prometheus").raw()).contains("qal_supervision_parked_total{");
        JsonNode health = api().get("admin", "/actuator/health/calendarFeed").body();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("details").path("consuming").asBoolean()).isTrue();
        assertThat(health.path("details").path("parkedRecords").asLong()).isGreaterThanOrEqualTo(poison.size());
        assertThat(health.path("details").path("lastParked").path("reason").asText()).isNotBlank();

        theCalendarsLedgerVerificationIsForItsReaders(code);
    }

    /** The calendar's stream, id the institution code, verified for its readers; unknown to another institution. */
    private void theCalendarsLedgerVerificationIsForItsReaders(String code) {
        String verification = "/ledger/aggregates/" + code + "/verification";
        ApiClient.Response inspector = api().get("inspector", verification);
        assertThat(inspector.status()).as(inspector.raw()).isEqualTo(200);
        assertThat(api().get("committee", verification).status()).isEqualTo(200);
        assertThat(api().get("admin", verification).status()).isEqualTo(200);
        ApiClient.Response otherInstitution = api().get("roc", verification);
        assertThat(otherInstitution.status()).as(otherInstitution.raw()).isEqualTo(404);
        assertThat(otherInstitution.text("code")).isEqualTo("not-found");
        assertThat(api().get("board", verification).status()).isEqualTo(404);
        assertThat(visibility.visibleTo(new Caller("roc-" + code, Set.of(Role.INSTITUTION), code), code))
                .as("the institution itself").isTrue();
        assertThat(visibility.visibleTo(new Caller("inspector", Set.of(Role.INSPECTORATE), null), code.toLowerCase(Locale.ROOT)))
                .as("a calendar's id is its code in normal form").isFalse();
    }

    private static List<JsonNode> mine(JsonNode page, String key) {
        List<JsonNode> mine = new ArrayList<>();
        page.path("items").forEach(entry -> {
            if (key.equals(entry.path("key").asText())) {
                mine.add(entry);
            }
        });
        return mine;
    }

    private double parkedCounted() {
        Counter counter = meters.find("qal.supervision.parked").tag("topic", DIALOGUES).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Sends {@code values} under {@code key} to the dialogues' topic, one partition, in order; their offsets. */
    private static List<Long> sendInOrder(String key, List<String> values) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedTestStack.get().kafka().bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all");
        List<Long> offsets = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                offsets.add(producer.send(new ProducerRecord<>(DIALOGUES, key, value)).get().offset());
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot send to " + DIALOGUES, e);
        }
        return offsets;
    }
}
