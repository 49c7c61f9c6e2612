package nl.kwaliteitsnetwerk.ledger.validation.support;

import nl.kwaliteitsnetwerk.ledger.stack.MutableClock;
import nl.kwaliteitsnetwerk.ledger.stack.SharedTestStack;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.TestClockConfiguration;
import nl.kwaliteitsnetwerk.ledger.validation.ValidationServiceApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The validation service, whole, on a free port, against the JVM's shared embedded MongoDB server and
 * Kafka broker. The audit and dialogue services are not started: tests publish their integration
 * events onto the topics as those services would ({@link PublishedEvents}).
 */
@SpringBootTest(classes = ValidationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@AutoConfigureObservability
@Import(TestClockConfiguration.class)
public abstract class ValidationServiceTestBase {

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    protected ApiClient api() {
        return new ApiClient(port);
    }

    @DynamicPropertySource
    static void embeddedStack(DynamicPropertyRegistry registry) {
        SharedTestStack stack = SharedTestStack.get();
        registry.add("spring.data.mongodb.uri", () -> stack.mongo().uri("validation-it"));
        registry.add("spring.kafka.bootstrap-servers", () -> stack.kafka().bootstrapServers());
    }
}
