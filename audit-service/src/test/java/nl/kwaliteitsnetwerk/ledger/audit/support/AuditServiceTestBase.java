package nl.kwaliteitsnetwerk.ledger.audit.support;

import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.TestClockConfiguration;
import nl.kwaliteitsnetwerk.ledger.audit.AuditServiceApplication;
import nl.kwaliteitsnetwerk.ledger.stack.MutableClock;
import nl.kwaliteitsnetwerk.ledger.stack.SharedTestStack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit service, whole, on a free port, against the JVM's shared embedded MongoDB server and
 * Kafka broker, with the demo users of the local profile and a clock the test moves by hand.
 * Every test class extending it shares one application context; tests create their own audits.
 */
@SpringBootTest(classes = AuditServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@AutoConfigureObservability
@Import(TestClockConfiguration.class)
public abstract class AuditServiceTestBase {

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
        registry.add("spring.data.mongodb.uri", () -> stack.mongo().uri("audit-it"));
        registry.add("spring.kafka.bootstrap-servers", () -> stack.kafka().bootstrapServers());
    }
}
