package nl.kwaliteitsnetwerk.ledger.platform.process;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A service started by the launcher notices that the launcher is gone, however it ended. */
class ParentProcessWatchTest {

    private static final Duration QUICKLY = Duration.ofMillis(20);

    @Test
    void aParentKilledWithMinusNineIsNoticed() throws Exception {
        Process parent = new ProcessBuilder("sleep", "600").start();
        CountDownLatch noticed = new CountDownLatch(1);
        try {
            ParentProcessWatch.watch(Optional.of(parent.toHandle()), QUICKLY, noticed::countDown);
            assertThat(noticed.getCount()).as("not while the parent lives").isEqualTo(1);

            parent.destroyForcibly().waitFor();
            assertThat(noticed.await(1, TimeUnit.MINUTES)).as("noticed once the parent is gone").isTrue();
        } finally {
            parent.destroyForcibly();
        }
    }

    @Test
    void aParentGoneBeforeTheWatchBeganIsNoticedAtOnce() throws Exception {
        CountDownLatch noticed = new CountDownLatch(1);
        ParentProcessWatch.watch(Optional.empty(), QUICKLY, noticed::countDown);
        assertThat(noticed.await(1, TimeUnit.MINUTES)).isTrue();
    }

    @Test
    void aLiveParentIsWatchedWithoutEnd() throws Exception {
        Process parent = new ProcessBuilder("sleep", "600").start();
        CountDownLatch noticed = new CountDownLatch(1);
        try {
            Thread watcher = ParentProcessWatch.watch(Optional.of(parent.toHandle()), QUICKLY, noticed::countDown);
            watcher.join(Duration.ofMillis(200).toMillis());
            assertThat(watcher.isAlive()).isTrue();
            assertThat(noticed.getCount()).isEqualTo(1);
        } finally {
            parent.destroyForcibly();
        }
    }
}
