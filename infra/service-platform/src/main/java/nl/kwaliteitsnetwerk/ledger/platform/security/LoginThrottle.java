package nl.kwaliteitsnetwerk.ledger.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Counts failed logins per user name and, separately, per client address, and locks either once it
 * reaches its limit within the window. A name is counted whether or not such a user exists, so a lock
 * tells nothing about who exists. A successful login clears the user's count, never the address's: one
 * valid account must not reset an address that guesses at others.
 *
 * <p>The counters live in Caffeine caches that expire on the injected clock, bounded in size so a flood
 * of invented names cannot exhaust memory; the lock decisions themselves compare instants of that clock.
 */
public class LoginThrottle {

    private static final long MAX_ENTRIES = 100_000;

    private final SecurityProperties.LoginThrottle policy;
    private final Clock clock;
    private final Cache<String, Attempts> users;
    private final Cache<String, Attempts> addresses;

    public LoginThrottle(SecurityProperties.LoginThrottle policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.users = counters();
        this.addresses = counters();
    }

    private Cache<String, Attempts> counters() {
        return Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .expireAfterWrite(policy.window().plus(policy.maxLock()))
                .maximumSize(MAX_ENTRIES)
                .build();
    }

    /** How long a login for this user name (may be null) from this address must still wait, if locked. */
    public Optional<Duration> lockedFor(String user, String address) {
        Instant now = clock.instant();
        return Stream.of(lockOf(users, user, now), lockOf(addresses, address, now))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
    }

    public void failed(String user, String address) {
        Instant now = clock.instant();
        if (user != null) {
            users.asMap().compute(user, (key, attempts) -> failure(attempts, now, policy.maxFailuresPerUser()));
        }
        if (address != null) {
            addresses.asMap().compute(address, (key, attempts) -> failure(attempts, now, policy.maxFailuresPerAddress()));
        }
    }

    public void succeeded(String user) {
        if (user != null) {
            users.invalidate(user);
        }
    }

    private static Optional<Duration> lockOf(Cache<String, Attempts> counters, String key, Instant now) {
        Attempts attempts = key == null ? null : counters.getIfPresent(key);
        return attempts == null || attempts.lockedUntil() == null || !now.isBefore(attempts.lockedUntil())
                ? Optional.empty()
                : Optional.of(Duration.between(now, attempts.lockedUntil()));
    }

    private Attempts failure(Attempts attempts, Instant now, int limit) {
        Attempts current = attempts == null ? new Attempts(now, 0, null, 0) : attempts;
        boolean windowOver = !now.isBefore(current.windowStart().plus(policy.window()));
        int failures = windowOver ? 1 : current.failures() + 1;
        if (failures >= limit) {
            return new Attempts(now, 0, now.plus(lockAfter(current.locks())), current.locks() + 1);
        }
        return new Attempts(windowOver ? now : current.windowStart(), failures, current.lockedUntil(), current.locks());
    }

    /** The lock grows by the multiplier with every earlier lock still remembered, up to the maximum. */
    private Duration lockAfter(int earlierLocks) {
        Duration lock = policy.lock();
        for (int i = 0; i < earlierLocks && lock.compareTo(policy.maxLock()) < 0; i++) {
            lock = lock.multipliedBy(policy.backoffMultiplier());
        }
        return lock.compareTo(policy.maxLock()) > 0 ? policy.maxLock() : lock;
    }

    private record Attempts(Instant windowStart, int failures, Instant lockedUntil, int locks) {
    }
}
