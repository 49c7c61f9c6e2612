package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Verifies the whole ledger in the background: once right after the service starts, then every
 * {@code qal.ledger.verification-interval}. The result goes to {@link LedgerIntegrity}: health, metrics
 * and {@code GET /ledger/verification/latest}.
 */
public class LedgerVerificationSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LedgerVerificationSchedule.class);

    private final Supplier<LedgerVerifier> verifier;
    private final LedgerIntegrity integrity;
    private final Duration interval;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public LedgerVerificationSchedule(Supplier<LedgerVerifier> verifier, LedgerIntegrity integrity, Duration interval,
                                      Clock clock) {
        this.verifier = verifier;
        this.integrity = integrity;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ledger-verification");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::verify, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void verify() {
        try {
            LedgerVerifier.Verification result = verifier.get().verify();
            integrity.verified(result, clock.instant());
            log.info("ledger verified: {} commits, {}", result.commitsChecked(),
                    result.intact() ? "intact" : result.breaks().size() + result.breaksNotListed() + " break(s)");
        } catch (RuntimeException e) {
            log.warn("could not verify the ledger; trying again in {}", interval, e);
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }
}
