package nl.kwaliteitsnetwerk.ledger.audit.integration;

import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One command followed across the services: the trace a caller sends with a command (W3C traceparent)
 * is the trace in the headers of the integration event it causes, although that event is published
 * later by a tracking processor from the event store; the next service's consumer continues from there.
 * With the platform's defaults (sampling 0): the trace id travels whether or not spans are exported.
 */
class CommandTraceOnKafkaTest extends ServiceTestBase {

    @Test
    void theTraceOfACommandTravelsInTheHeadersOfTheEventItCauses() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String body = AuditJourney.scheduling(clock).toString();
        HttpResponse<String> scheduled = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/audits"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        String auditId = new ObjectMapper().readTree(scheduled.body()).path("id").asText();

        ConsumerRecord<String, String> published = TopicReader.firstRecordKeyed(IntegrationTopics.AUDITS, auditId);
        Header traceparent = published.headers().lastHeader("traceparent");
        assertThat(traceparent).as("traceparent header of the audit.scheduled record").isNotNull();
        assertThat(new String(traceparent.value(), StandardCharsets.UTF_8).split("-")[1]).isEqualTo(traceId);
    }
}
