package nl.kwaliteitsnetwerk.ledger.validation.trail;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code trail} health component: whether the trail's consumer runs, how many records it parked, and
 * the last one. Parked records do not make it DOWN (the trail moved on past them); the alert on
 * {@code qal_trail_parked_total} calls someone to look at {@code GET /trail/parked}. A consumer that has not
 * run yet is starting (OUT_OF_SERVICE); one that ran and stopped is DOWN.
 */
public class TrailHealthIndicator extends AbstractHealthIndicator {

    private final ParkedRecords parked;
    private final MessageListenerContainer container;
    private volatile boolean hasRun;

    public TrailHealthIndicator(ParkedRecords parked, MessageListenerContainer container) {
        super("Trail health check failed");
        this.parked = parked;
        this.container = container;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean running = container.isRunning();
        hasRun |= running;
        builder.status(running ? Status.UP : hasRun ? Status.DOWN : Status.OUT_OF_SERVICE)
                .withDetail("consuming", running)
                .withDetail("parkedRecords", parked.count());
        parked.last().ifPresent(last -> builder.withDetail("lastParked", summary(last)));
    }

    private static Map<String, Object> summary(ParkedRecord last) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("sourceTopic", last.sourceTopic());
        summary.put("partition", last.partition());
        summary.put("offset", last.offset());
        summary.put("reason", last.reason());
        summary.put("parkedAt", last.parkedAt().toString());
        return summary;
    }
}
