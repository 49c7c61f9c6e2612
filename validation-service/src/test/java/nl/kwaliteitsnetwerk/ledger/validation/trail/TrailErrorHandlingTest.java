package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.mongodb.MongoTimeoutException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedRuntimeException;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The trail's error handler, driven as the listener container drives it after each failed delivery: which
 * failures park the record at once, which after a bounded number of retries, and which never.
 */
class TrailErrorHandlingTest {

    private static final int RETRIES = 2;

    private final List<ConsumerRecord<?, ?>> parked = new ArrayList<>();
    private final DefaultErrorHandler handler = TrailErrorHandling.errorHandler((record, e) -> parked.add(record), RETRIES,
            Duration.ofMillis(5));
    private final ConsumerRecord<String, String> record = new ConsumerRecord<>("qal.audits.v1", 0, 42, "audit-1", "{}");

    @Test
    void aRecordThatIsNoIntegrationEventIsParkedAtTheFirstFailure() {
        assertThat(deliveriesUntilParked(new UnreadableRecord("not JSON"), 10)).isEqualTo(1);
    }

    @Test
    void anyOtherFailureIsRetriedABoundedNumberOfTimesThenParked() {
        assertThat(deliveriesUntilParked(new IllegalStateException("a report state that cannot apply it"), 10))
                .isEqualTo(RETRIES + 1);
    }

    @Test
    void aRecordIsNeverParkedBecauseTheDatabaseIsAway() {
        assertThat(deliveriesUntilParked(new MongoTimeoutException("no server within 30000 ms"), 6))
                .as("still retried after 6 deliveries").isEqualTo(-1);
        assertThat(parked).isEmpty();
    }

    /** How many failed deliveries it took until the record was parked, or -1 if not within {@code deliveries}. */
    private int deliveriesUntilParked(RuntimeException failure, int deliveries) {
        MessageListenerContainer container = mock(MessageListenerContainer.class);
        when(container.isRunning()).thenReturn(true);
        when(container.getContainerProperties()).thenReturn(new ContainerProperties("qal.audits.v1"));
        Consumer<?, ?> consumer = mock(Consumer.class);
        for (int delivery = 1; delivery <= deliveries; delivery++) {
            try {
                handler.handleRemaining(new ListenerExecutionFailedException("listener failed", failure), List.of(record),
                        consumer, container);
            } catch (NestedRuntimeException inRetryNotYetRecovered) {
                continue;
            }
            assertThat(parked).containsExactly(record);
            return delivery;
        }
        return -1;
    }
}
