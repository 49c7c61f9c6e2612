package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Signs a digest of the ledger at a fixed interval while the service runs. */
public class LedgerDigestSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LedgerDigestSchedule.class);

    private final LedgerDigests digests;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public LedgerDigestSchedule(LedgerDigests digests, Duration interval) {
        this.digests = digests;
        this.interval = interval;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ledger-digests");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::sign, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sign() {
        try {
            digests.signNow().ifPresent(d -> log.info("signed a ledger digest at position {}", d.position()));
        } catch (RuntimeException e) {
            log.warn("could not sign a ledger digest; trying again in {}", interval, e);
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
