package nl.kwaliteitsnetwerk.ledger.platform.observability;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The trace context through the event store ({@link TraceContext}). After Axon's configuration, so that
 * Axon's own correlation data (message origin) is kept beside it. With tracing off, a no-op.
 */
@AutoConfiguration(after = AxonAutoConfiguration.class,
        afterName = "org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration")
public class TracingAutoConfiguration {

    @Bean
    public TraceContext traceContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer current = tracer.getIfAvailable();
        Propagator fields = propagator.getIfAvailable();
        return current == null || fields == null ? TraceContext.off() : new TraceContext(current, fields);
    }
}
