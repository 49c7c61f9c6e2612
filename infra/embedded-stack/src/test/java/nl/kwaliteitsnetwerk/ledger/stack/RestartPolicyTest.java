package nl.kwaliteitsnetwerk.ledger.stack;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A service that stops on its own is started again later each time, and left down when it keeps stopping. */
class RestartPolicyTest {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");
    private final RestartPolicy policy = new RestartPolicy(5, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(10));

    @Test
    void theFirstRestartComesAfterTheFirstDelay() {
        assertThat(policy.delayBefore(List.of(), NOW)).contains(Duration.ofSeconds(1));
    }

    @Test
    void eachRecentRestartDoublesTheDelayUpToTheCeiling() {
        assertThat(policy.delayBefore(restartsAgo(1), NOW)).contains(Duration.ofSeconds(2));
        assertThat(policy.delayBefore(restartsAgo(1, 2), NOW)).contains(Duration.ofSeconds(4));
        assertThat(policy.delayBefore(restartsAgo(1, 2, 3), NOW)).contains(Duration.ofSeconds(8));
        assertThat(policy.delayBefore(restartsAgo(1, 2, 3, 4), NOW)).contains(Duration.ofSeconds(10));
    }

    @Test
    void tooManyRestartsWithinTheWindowGiveUp() {
        assertThat(policy.delayBefore(restartsAgo(1, 2, 3, 4, 5), NOW)).isEmpty();
    }

    @Test
    void restartsOutsideTheWindowAreForgotten() {
        assertThat(policy.delayBefore(restartsAgo(11, 12, 13, 14, 15), NOW)).contains(Duration.ofSeconds(1));
        assertThat(policy.delayBefore(restartsAgo(1, 12, 13, 14, 15), NOW)).contains(Duration.ofSeconds(2));
    }

    private static List<Instant> restartsAgo(int... minutes) {
        return Arrays.stream(minutes).mapToObj(m -> NOW.minus(Duration.ofMinutes(m))).toList();
    }
}
