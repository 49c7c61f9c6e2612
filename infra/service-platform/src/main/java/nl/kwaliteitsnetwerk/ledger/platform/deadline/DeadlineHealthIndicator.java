package nl.kwaliteitsnetwerk.ledger.platform.deadline;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The {@code deadlines} health component: how many deadlines are parked, and the one parked longest (as the
 * administrators' list shows it, without its payload). Parked deadlines do not make the service DOWN: the other
 * deadlines fire, and a restart would not fire a parked one; the alert on {@code qal_deadlines_parked_now} calls
 * an administrator to {@code GET /deadlines/parked}, as the trail's parked records do.
 */
public record DeadlineHealthIndicator(ParkedDeadlines parked) implements HealthIndicator {

    @Override
    public Health health() {
        Health.Builder reported = Health.up().withDetail("parkedDeadlines", parked.count());
        parked.oldest().ifPresent(oldest -> reported.withDetail("oldestParked", oldest));
        return reported.build();
    }
}
