package nl.kwaliteitsnetwerk.ledger.platform.process;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

import java.time.Duration;
import java.util.Optional;

/**
 * With {@code qal.parent-pid} set (the local launcher sets it to its own id), the service ends itself
 * when that process is gone, however it ended: a launcher killed with -9 runs no code, so its children
 * must notice by themselves, or they keep their ports and answer for a stack that is no longer there.
 * Started as soon as the environment is known, so a service that is still starting ends too. The
 * stop is the ordinary graceful one (shutdown hooks); if that hangs, the process is halted.
 */
public class ParentProcessWatch implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String PROPERTY = "qal.parent-pid";
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final Duration GRACEFUL_STOP_LIMIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ParentProcessWatch.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Long parentPid = event.getEnvironment().getProperty(PROPERTY, Long.class);
        if (parentPid != null) {
            Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
            watch(parent, POLL_INTERVAL, () -> {
                log.warn("the process that started this service ({}) is gone: stopping", parentPid);
                stopThisProcess();
            });
        }
    }

    /**
     * Runs {@code whenGone} on a daemon thread once {@code parent} is no longer alive (at once when it
     * is already gone). {@link ProcessHandle#isAlive()} also compares the start time, so a new process
     * that was given the same id does not count as the parent.
     */
    static Thread watch(Optional<ProcessHandle> parent, Duration pollInterval, Runnable whenGone) {
        Thread watcher = new Thread(() -> {
            try {
                while (parent.map(ProcessHandle::isAlive).orElse(false)) {
                    Thread.sleep(pollInterval.toMillis());
                }
                whenGone.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parent-process-watch");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    private static void stopThisProcess() {
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(GRACEFUL_STOP_LIMIT.toMillis());
                Runtime.getRuntime().halt(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parent-process-watch-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(0);
    }
}
