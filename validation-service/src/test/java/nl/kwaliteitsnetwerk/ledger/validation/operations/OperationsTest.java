package nl.kwaliteitsnetwerk.ledger.validation.operations;

import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as a deployment runs it: a separate management port where Prometheus scrapes without a
 * user, readiness that includes MongoDB and Kafka (liveness does not), and a trace that travels through
 * Kafka headers, into the trail's consumer and on with what it publishes. On a database, trail consumer
 * group and application context of its own, closed after it.
 */
@TestPropertySource(properties = {"spring.data.mongodb.database=operations", "qal.trail.group-id=operations",
        "management.server.port=0", "management.tracing.sampling.probability=1.0"})
@DirtiesContext
class OperationsTest extends ServiceTestBase {

    private static final String TRACE_TOPIC = "qal.test.tracing";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalManagementPort
    int managementPort;

    @Autowired
    Tracer tracer;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    KafkaAdmin kafkaAdmin;

    @Test
    void prometheusScrapesTheManagementPortWithoutAUserAndOnlyThere() throws Exception {
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("qal_trail_parked_total{", "application=\"validation-service\"");
        assertThat(get(port, "/actuator/prometheus").statusCode()).as("the application port").isIn(401, 404);
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void readinessIncludesMongoAndKafkaAndLivenessDoesNot() {
        ApiClient management = new ApiClient(managementPort);
        JsonNode readiness = management.get("admin", "/actuator/health/readiness").body();
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
        assertThat(readiness.path("components").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("readinessState", "mongo", "kafka");
        JsonNode liveness = management.get("admin", "/actuator/health/liveness").body();
        assertThat(liveness.path("components").fieldNames()).toIterable().containsExactly("livenessState");
        JsonNode kafka = management.get("admin", "/actuator/health/kafka").body();
        assertThat(kafka.path("status").asText()).isEqualTo("UP");
        assertThat(kafka.path("details").path("brokers").asInt()).isEqualTo(1);
    }

    @Test
    void whatTheServiceSendsWithinATraceCarriesItsTraceIdInTheRecordHeaders() throws Exception {
        kafkaAdmin.createOrModifyTopics(new NewTopic(TRACE_TOPIC, 1, (short) 1));
        String key = "trace-" + UUID.randomUUID();
        Span span = tracer.nextSpan().name("command").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            kafkaTemplate.send(TRACE_TOPIC, key, "{}").get();
        } finally {
            span.end();
        }
        assertThat(traceIdOf(TopicReader.firstRecordKeyed(TRACE_TOPIC, key))).isEqualTo(span.context().traceId());
    }

    @Test
    void aTraceArrivingWithARecordTravelsOnWithWhatTheTrailPublishesForIt() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String key = "traced-" + UUID.randomUUID();
        // on the dialogues' topic: the audits' parked-record count belongs to TrailDeadLetterTest
        ProducerRecord<String, String> poison = new ProducerRecord<>(IntegrationTopics.DIALOGUES, key, "not an event");
        poison.headers().add("traceparent", ("00-" + traceId + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestStack.get().kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(poison).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(traceIdOf(TopicReader.firstRecordKeyed(IntegrationTopics.DIALOGUES + ".dlt", key))).as("the parked record's trace")
                .isEqualTo(traceId);
    }

    private HttpResponse<String> get(int atPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + atPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String traceIdOf(ConsumerRecord<String, String> record) {
        Header traceparent = record.headers().lastHeader("traceparent");
        assertThat(traceparent).as("traceparent header").isNotNull();
        return new String(traceparent.value(), StandardCharsets.UTF_8).split("-")[1];
    }
}
