package nl.kwaliteitsnetwerk.ledger.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a supervised service is started again after it stopped on its own: after a delay that doubles
 * with every restart in the window, up to a ceiling; never again once it was restarted
 * {@code maxRestarts} times within the window (a service that keeps failing needs a person, not a loop).
 */
record RestartPolicy(int maxRestarts, Duration window, Duration firstDelay, Duration maxDelay) {

    static final RestartPolicy DEFAULT = new RestartPolicy(5, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(30));

    /** The delay before the next restart, given the earlier ones; empty: give up. */
    Optional<Duration> delayBefore(List<Instant> earlierRestarts, Instant now) {
        long recent = recentRestarts(earlierRestarts, now);
        if (recent >= maxRestarts) {
            return Optional.empty();
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(recent, 30));
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    long recentRestarts(List<Instant> earlierRestarts, Instant now) {
        Instant windowStart = now.minus(window);
        return earlierRestarts.stream().filter(restart -> restart.isAfter(windowStart)).count();
    }
}
