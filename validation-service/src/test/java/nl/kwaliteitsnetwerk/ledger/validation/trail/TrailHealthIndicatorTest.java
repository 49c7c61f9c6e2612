package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The trail's health: starting before its consumer first runs, up while it runs, down once it stopped. */
class TrailHealthIndicatorTest {

    private final MongoClient client = MongoClients.create(SharedTestStack.get().mongo().uri("trail-health-test"));
    private final Consumer consumer = new Consumer();
    private final TrailHealthIndicator health = new TrailHealthIndicator(
            new ParkedRecords(client.getDatabase("trail-health-test"), new ObjectMapper()), consumer);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aConsumerThatHasNotRunYetIsStartingThenUpThenDownOnceItStops() {
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        consumer.start();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        consumer.stop();
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    /** A listener container that only starts and stops. */
    private static final class Consumer implements MessageListenerContainer {

        private volatile boolean running;

        @Override
        public void setupMessageListener(Object messageListener) {
        }

        @Override
        public Map<String, Map<MetricName, ? extends Metric>> metrics() {
            return Map.of();
        }

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }
    }
}
