package nl.kwaliteitsnetwerk.ledger.platform.security;

import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The configurable back-off of {@link LoginThrottle}, without Spring: fixed, growing, capped. */
class LoginThrottlePolicyTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));

    @Test
    void aMultiplierOfOneGivesAFixedLock() {
        LoginThrottle throttle = new LoginThrottle(policy(1, Duration.ofMinutes(10)), clock);

        assertSuccessiveLocks(throttle, Duration.ofMinutes(1), Duration.ofMinutes(1));
    }

    @Test
    void aGrowingLockStopsAtTheMaximum() {
        LoginThrottle throttle = new LoginThrottle(policy(4, Duration.ofMinutes(10)), clock);

        assertSuccessiveLocks(throttle, Duration.ofMinutes(1), Duration.ofMinutes(4), Duration.ofMinutes(10));
    }

    @Test
    void aQuietPeriodForgetsEarlierLocks() {
        LoginThrottle throttle = new LoginThrottle(policy(2, Duration.ofMinutes(10)), clock);
        lockAfterFailures(throttle, 3);

        clock.advance(Duration.ofMinutes(5).plus(Duration.ofMinutes(10)));

        assertThat(lockAfterFailures(throttle, 3)).hasValue(Duration.ofMinutes(1));
    }

    @Test
    void aMaximumBelowTheFirstLockIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> policy(2, Duration.ofSeconds(30)));
    }

    /** Three failures lock for each of {@code locks} in turn, each time once the lock before has run out. */
    private void assertSuccessiveLocks(LoginThrottle throttle, Duration... locks) {
        for (Duration lock : locks) {
            assertThat(lockAfterFailures(throttle, 3)).hasValue(lock);
            clock.advance(lock);
        }
    }

    private Optional<Duration> lockAfterFailures(LoginThrottle throttle, int failures) {
        for (int failure = 0; failure < failures; failure++) {
            throttle.failed("someone", null);
        }
        return throttle.lockedFor("someone", null);
    }

    private static SecurityProperties.LoginThrottle policy(int multiplier, Duration maxLock) {
        return new SecurityProperties.LoginThrottle(true, 3, 10, Duration.ofMinutes(5), Duration.ofMinutes(1),
                maxLock, multiplier);
    }
}
