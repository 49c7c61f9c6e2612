package nl.kwaliteitsnetwerk.ledger.platform.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Carries a command's trace across the event store, which Micrometer's observations cannot cross: a
 * domain event is published by a tracking processor, later and on another thread. As a correlation data
 * provider it writes the current trace context ({@code traceparent}, W3C) into the metadata of every event
 * the command's handler applies; {@link #continuing} makes it current again where the event is sent to
 * Kafka, so the KafkaTemplate's observation puts the command's trace id in the record's headers, and the
 * consumer in the next service (its listener container observes too) continues the same trace.
 */
public class TraceContext implements CorrelationDataProvider {

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContext(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Without a tracer (tracing switched off): stores nothing, continues nothing. */
    public static TraceContext off() {
        return new TraceContext(Tracer.NOOP, Propagator.NOOP);
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Span current = tracer.currentSpan();
        if (current == null) {
            return Map.of();
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(current.context(), carrier, Map::put);
        return carrier;
    }

    /** Runs {@code send} in a span of the trace that {@code metaData} carries, if it carries one. */
    public <T> T continuing(MetaData metaData, String name, Supplier<T> send) {
        if (propagator.fields().stream().noneMatch(metaData::containsKey)) {
            return send.get();
        }
        Span span = propagator.extract(metaData, (carrier, key) -> carrier.get(key) instanceof String value ? value : null)
                .name(name).kind(Span.Kind.PRODUCER).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return send.get();
        } finally {
            span.end();
        }
    }
}
