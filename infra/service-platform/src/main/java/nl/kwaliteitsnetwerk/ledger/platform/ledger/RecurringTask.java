package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import nl.kwaliteitsnetwerk.ledger.platform.process.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task of the ledger on a daemon thread of its own while the service runs: first after
 * {@code firstDelay}, then {@code interval} after each run ends. A run that fails is logged and the
 * next one comes as planned.
 */
public class RecurringTask implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RecurringTask.class);

    private final String name;
    private final Duration firstDelay;
    private final Duration interval;
    private final Runnable task;
    private ScheduledExecutorService scheduler;

    public RecurringTask(String name, Duration firstDelay, Duration interval, Runnable task) {
        this.name = name;
        this.firstDelay = firstDelay;
        this.interval = interval;
        this.task = task;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(name));
        scheduler.scheduleWithFixedDelay(this::runOnce, firstDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("{} failed; trying again in {}", name, interval, e);
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
