package nl.kwaliteitsnetwerk.ledger.validation.integration;

import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.TestClockConfiguration;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The trail on a real MongoDB replica set and a real Kafka broker: a published audit, sent twice, is in
 * the trail once, and the trail rebuilt from the topics is identical. Skipped where there is no Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@Import(TestClockConfiguration.class)
class RealInfrastructureTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");

    @DynamicPropertySource
    static void realInfrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> MONGO.getReplicaSetUrl("validation"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @LocalServerPort
    int port;

    @Test
    void theTrailOnRealMongoDbAndKafka() {
        ApiClient api = new ApiClient(port);
        PublishedEvents audit = PublishedEvents.publishedAudit("audit-real", "29WT", Instant.parse("2027-01-01T09:00:00Z"),
                "2030-01-01").send(KAFKA.getBootstrapServers(), 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("committee", "/trail/reports/audit-real"),
                r -> r.status() == 200 && r.body().path("entries").size() == audit.events().size());
        ApiClient.Response check = api.post("admin", "/trail/replay-check", ApiClient.json());
        assertThat(check.body().path("identical").asBoolean()).as(check.raw()).isTrue();
    }
}
