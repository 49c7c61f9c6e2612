package nl.kwaliteitsnetwerk.ledger.validation.trail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Follows the audit and dialogue topics into the trail. One thread, so the order of each partition,
 * and with it of each report, is kept. Offsets are committed only after a polled batch is written:
 * a crash before the commit redelivers the batch, which the idempotent store absorbs. A failure to
 * write (the database away) closes the consumer and starts again from the last committed offsets.
 */
public class TrailFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TrailFeed.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final Supplier<KafkaConsumer<String, String>> consumers;
    private final List<String> topics;
    private final TrailStore store;
    private final Map<TrailStore.Outcome, Counter> outcomes;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    public TrailFeed(Supplier<KafkaConsumer<String, String>> consumers, List<String> topics, TrailStore store,
                     MeterRegistry meters) {
        this.consumers = consumers;
        this.topics = topics;
        this.store = store;
        this.outcomes = Map.of(
                TrailStore.Outcome.RECORDED, meters.counter("qal.trail.events", "outcome", "recorded"),
                TrailStore.Outcome.DUPLICATE, meters.counter("qal.trail.events", "outcome", "duplicate"),
                TrailStore.Outcome.NOT_A_REPORT, meters.counter("qal.trail.events", "outcome", "ignored"));
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::follow, "trail-feed");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        if (thread == null) {
            return;
        }
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void follow() {
        while (running) {
            try (KafkaConsumer<String, String> opened = consumers.get()) {
                consumer = opened;
                opened.subscribe(topics);
                while (running) {
                    ConsumerRecords<String, String> records = opened.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<String, String> record : records) {
                        apply(record);
                    }
                    if (!records.isEmpty()) {
                        opened.commitSync();
                    }
                }
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                log.warn("trail feed failed; resuming from the last committed offsets in {}", RETRY_AFTER, e);
                pause();
            }
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        IntegrationEvent event = IntegrationEventCodec.fromJson(record.value());
        outcomes.get(store.record(event)).increment();
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
