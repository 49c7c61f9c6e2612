package nl.kwaliteitsnetwerk.ledger.validation.supervision.parking;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.ServerAddress;
import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;
import nl.kwaliteitsnetwerk.ledger.validation.trail.UnreadableRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedRuntimeException;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The calendars' error handler as the container drives it, one failed delivery after another: what is parked at
 * once, what after a bounded number of retries (a concurrency conflict among them), and what is never parked.
 */
class CalendarErrorHandlingTest {

    private static final int RETRIES = 3;

    private final AtomicInteger parkings = new AtomicInteger();
    private final DefaultErrorHandler handler = CalendarErrorHandling.errorHandler((record, e) -> parkings.incrementAndGet(),
            RETRIES, Duration.ofMillis(2));

    @Test
    void aRecordThatIsNoEventOrAnEventTheCalendarRefusesIsParkedAtOnce() {
        assertThat(failedDeliveries(new UnreadableRecord("not JSON"), 5)).isEqualTo(1);
        assertThat(failedDeliveries(new InvalidText("institutionCode", "the space U+0020"), 5)).isEqualTo(1);
    }

    @Test
    void aConcurrencyConflictIsRetriedAndParkedOnlyWhenItOutlastsTheRetries() {
        ConcurrencyException conflict = new ConcurrencyException("another instance appended to the calendar");
        int parkedAt = failedDeliveries(conflict, 10);
        assertThat(parkedAt - 1).as("deliveries again before it is parked").isEqualTo(RETRIES);
    }

    @Test
    void whileTheStoreIsAwayARecordIsRetriedAndNeverParked() {
        MongoSocketOpenException away = new MongoSocketOpenException("connection refused", new ServerAddress("mongo"));
        assertThat(failedDeliveries(away, 8)).as("still retried").isEqualTo(0);
        assertThat(parkings).hasValue(0);
    }

    /** The delivery at which the record failing with {@code failure} was parked; 0 if it was not in {@code atMost}. */
    private int failedDeliveries(RuntimeException failure, int atMost) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("qal.dialogues.v1", 1, 7, "d-" + failure.hashCode(), "{}");
        MessageListenerContainer container = mock(MessageListenerContainer.class);
        when(container.isRunning()).thenReturn(true);
        when(container.getContainerProperties()).thenReturn(new ContainerProperties("qal.dialogues.v1"));
        int before = parkings.get();
        int delivery = 0;
        while (delivery < atMost && parkings.get() == before) {
            delivery++;
            try {
                handler.handleRemaining(new ListenerExecutionFailedException("calendar feed failed", failure), List.of(record),
                        mock(Consumer.class), container);
            } catch (NestedRuntimeException deliveredAgain) {
                // the record is delivered again: the next turn of the loop
            }
        }
        return parkings.get() == before ? 0 : delivery;
    }
}
