package nl.kwaliteitsnetwerk.ledger.testsupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service, whole, on a free port, against the test JVM's shared embedded MongoDB server and Kafka
 * broker, with the demo users of the local profile and a clock the test moves by hand. The service is
 * the Spring Boot application found above the test's package; every test class of a service shares
 * one application context, so tests create their own data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@AutoConfigureObservability
@Import(TestClockConfiguration.class)
public abstract class ServiceTestBase {

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
        registry.add("spring.data.mongodb.uri", () -> stack.mongo().uri("service-it"));
        registry.add("spring.kafka.bootstrap-servers", () -> stack.kafka().bootstrapServers());
    }
}
