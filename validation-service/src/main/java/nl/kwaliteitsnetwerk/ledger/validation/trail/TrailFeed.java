package nl.kwaliteitsnetwerk.ledger.validation.trail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.MessageListener;

import java.util.Map;

/**
 * Follows the audit and dialogue topics into the trail: the record listener of a spring-kafka listener
 * container (see TrailConfiguration) with one consumer thread, so the order of each partition, and with
 * it of each report, is kept, and ack mode BATCH, so offsets are committed only once every record of a
 * poll is written: a crash before the commit redelivers the batch, which the idempotent store absorbs.
 * A record that cannot be read or written is the error handler's ({@link TrailErrorHandling}).
 */
public class TrailFeed implements MessageListener<String, String> {

    private final TrailStore store;
    private final Map<TrailStore.Outcome, Counter> outcomes;

    public TrailFeed(TrailStore store, MeterRegistry meters) {
        this.store = store;
        this.outcomes = Map.of(
                TrailStore.Outcome.RECORDED, meters.counter("qal.trail.events", "outcome", "recorded"),
                TrailStore.Outcome.DUPLICATE, meters.counter("qal.trail.events", "outcome", "duplicate"),
                TrailStore.Outcome.NOT_A_REPORT, meters.counter("qal.trail.events", "outcome", "ignored"));
    }

    @Override
    public void onMessage(ConsumerRecord<String, String> record) {
        outcomes.get(store.record(EnvelopeReader.read(record.value()))).increment();
    }
}
