package nl.kwaliteitsnetwerk.ledger.validation.supervision.parking;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code calendarFeed} health component: whether the calendars' consumer runs, how many records it parked and
 * where the last one is. Parked records leave it UP (the feed moved on past them); the count, also in
 * {@code qal_supervision_parked_total}, sends someone to {@code GET /supervision/parked}. A consumer that has not
 * run yet is starting (OUT_OF_SERVICE); one that ran and stopped is DOWN.
 */
public record CalendarFeedHealthIndicator(ParkedCalendarRecords parked, MessageListenerContainer container,
                                          AtomicBoolean started) implements HealthIndicator {

    public CalendarFeedHealthIndicator(ParkedCalendarRecords parked, MessageListenerContainer container) {
        this(parked, container, new AtomicBoolean());
    }

    @Override
    public Health health() {
        boolean consuming = container.isRunning();
        if (consuming) {
            started.set(true);
        }
        Health.Builder health = new Health.Builder(consuming ? Status.UP
                : started.get() ? Status.DOWN : Status.OUT_OF_SERVICE)
                .withDetail("consuming", consuming);
        try {
            health.withDetail("parkedRecords", parked.count());
            parked.last().ifPresent(last -> health.withDetail("lastParked",
                    Map.of("id", last.id(), "reason", last.reason(), "parkedAt", last.parkedAt().toString())));
        } catch (RuntimeException storeAway) {
            // the parked list is unreadable: the feed may still run, but what it parked cannot be shown
            return health.down(storeAway).build();
        }
        return health.build();
    }
}
