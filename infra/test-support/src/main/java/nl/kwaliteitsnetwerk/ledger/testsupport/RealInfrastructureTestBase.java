package nl.kwaliteitsnetwerk.ledger.testsupport;

import nl.kwaliteitsnetwerk.ledger.kernel.integration.DeliveryCheck;
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

/**
 * A service, whole, against a real MongoDB replica set and a real Kafka broker, in containers started
 * once per test JVM. Runs where Docker runs (CI with Docker, a developer's machine); skipped where there
 * is no Docker engine. The service is the Spring Boot application found above the test's package.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@Import(TestClockConfiguration.class)
public abstract class RealInfrastructureTestBase {

    @Container
    private static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @Container
    private static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");

    @LocalServerPort
    private int port;

    @Autowired
    protected MutableClock clock;

    @DynamicPropertySource
    static void realInfrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> MONGO.getReplicaSetUrl("service-it"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    protected ApiClient api() {
        return new ApiClient(port);
    }

    protected static String kafkaBootstrapServers() {
        return KAFKA.getBootstrapServers();
    }

    /** The aggregate's integration events reach the topic one version after another, up to {@code version}. */
    protected static void assertDeliveredInOrder(String topic, String aggregateType, String aggregateId,
                                                 long version) {
        var deliveries = TopicReader.readUntil(kafkaBootstrapServers(), topic, Set.of(aggregateId),
                d -> d.size() > version, Duration.ofSeconds(30));
        DeliveryCheck check = new DeliveryCheck();
        assertThat(deliveries).allSatisfy(d -> assertThat(check.offer(d.event())).isEqualTo(DeliveryCheck.Verdict.NEXT));
        assertThat(check.lastApplied(aggregateType, aggregateId)).isEqualTo(version);
    }
}
