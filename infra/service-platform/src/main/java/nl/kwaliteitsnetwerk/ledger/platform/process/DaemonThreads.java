package nl.kwaliteitsnetwerk.ledger.platform.process;

import java.util.concurrent.ThreadFactory;

/**
 * Threads for a service's own background work (a schedule, a stream): daemons, so that they never keep a
 * stopping service alive, and named, so that a thread dump says whose they are.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
