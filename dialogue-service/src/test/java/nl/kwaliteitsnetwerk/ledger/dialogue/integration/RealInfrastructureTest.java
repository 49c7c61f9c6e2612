package nl.kwaliteitsnetwerk.ledger.dialogue.integration;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.dialogue.DialogueServiceApplication;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.DeliveryCheck;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.TestClockConfiguration;
import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dialogue service against a real MongoDB replica set and a real Kafka broker. Runs where Docker
 * runs; skipped where there is no Docker engine.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = DialogueServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@Import(TestClockConfiguration.class)
class RealInfrastructureTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");

    @DynamicPropertySource
    static void realInfrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> MONGO.getReplicaSetUrl("dialogue"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @LocalServerPort
    int port;

    @Test
    void wholeDialogueOnRealMongoDbAndKafka() {
        ApiClient api = new ApiClient(port);
        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed().prepared().sessionHeld().observed()
                .drafted().reacted().finalised().published();

        JsonNode view = await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("chair", "/dialogues/" + dialogue.dialogueId).body(),
                        body -> body.path("version").asLong(-1) >= dialogue.version);
        assertThat(view.path("status").asText()).isEqualTo("PUBLISHED");

        var deliveries = TopicReader.readUntil(KAFKA.getBootstrapServers(), IntegrationTopics.DIALOGUES,
                Set.of(dialogue.dialogueId), d -> d.size() > dialogue.version, Duration.ofSeconds(30));
        DeliveryCheck check = new DeliveryCheck();
        assertThat(deliveries).allSatisfy(d -> assertThat(check.offer(d.event())).isEqualTo(DeliveryCheck.Verdict.NEXT));
        assertThat(check.lastApplied("InstitutionalDialogue", dialogue.dialogueId)).isEqualTo(dialogue.version);
    }
}
