package nl.kwaliteitsnetwerk.ledger.audit.integration;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.audit.AuditServiceApplication;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.TestClockConfiguration;
import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.DeliveryCheck;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.stack.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same service against a real MongoDB replica set and a real Kafka broker. Runs where Docker
 * runs (CI with Docker, a developer's machine); skipped where there is no Docker engine.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = AuditServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@Import(TestClockConfiguration.class)
class RealInfrastructureTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");

    @DynamicPropertySource
    static void realInfrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> MONGO.getReplicaSetUrl("audit"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Test
    void fullAuditOnRealMongoDbAndKafka() {
        ApiClient api = new ApiClient(port);
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued().commentedOn()
                .commentDisposed().finalised().published();

        JsonNode view = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("lead", audit.path("")).body(),
                body -> body.path("version").asLong(-1) >= audit.version);
        assertThat(view.path("status").asText()).isEqualTo("PUBLISHED");

        var deliveries = TopicReader.readUntil(KAFKA.getBootstrapServers(), IntegrationTopics.AUDITS, Set.of(audit.auditId),
                d -> d.size() > audit.version, Duration.ofSeconds(30));
        DeliveryCheck check = new DeliveryCheck();
        assertThat(deliveries).allSatisfy(d -> assertThat(check.offer(d.event())).isEqualTo(DeliveryCheck.Verdict.NEXT));
        assertThat(check.lastApplied("Audit", audit.auditId)).isEqualTo(audit.version);
    }
}
