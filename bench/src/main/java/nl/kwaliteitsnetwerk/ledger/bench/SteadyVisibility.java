package nl.kwaliteitsnetwerk.ledger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Accepted → visible at a steady load (issue 15's target is measured at 100 findings/s): findings are
 * sent on a fixed-rate schedule, spread over a few audits and handed to a pool so a slow answer does not
 * delay the next send, and one watcher polls the read model of each audit that has findings waiting. A
 * finding is visible when its audit's read-model version reaches the version its command returned.
 */
final class SteadyVisibility {

    /** p50/p99 over the findings seen; the rate at which commands were accepted; findings never seen before the deadline. */
    record Result(Latencies latencies, double acceptedPerSecond, int unseen) {
    }

    static final int AUDITS = 8;
    private static final int SENDERS = 16;
    private static final long POLL_MILLIS = 5;
    /** After the last send, how long findings may stay invisible before they count as never seen. */
    private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private SteadyVisibility() {
    }

    static Result measure(AuditHttpClient client, int ratePerSecond, int findings) throws Exception {
        List<String> audits = new ArrayList<>();
        List<ConcurrentSkipListMap<Long, Long>> waiting = new ArrayList<>();
        for (int a = 0; a < AUDITS; a++) {
            audits.add(client.auditOnSiteVisit());
            waiting.add(new ConcurrentSkipListMap<>());
        }
        long[] latencies = new long[findings];
        AtomicInteger seen = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        // counted after the hand-over, so the senders are shut down only once every finding is in their queue
        AtomicInteger dispatched = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long[] lastAccepted = new long[1];
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        pace.scheduleAtFixedRate(() -> {
            int n = next.getAndIncrement();
            if (n < findings) {
                senders.execute(() -> send(client, audits.get(n % AUDITS), waiting.get(n % AUDITS), n, failure, lastAccepted));
                dispatched.incrementAndGet();
            }
        }, 0, 1_000_000_000L / ratePerSecond, TimeUnit.NANOSECONDS);
        long deadline = Long.MAX_VALUE;
        while (seen.get() < findings && System.nanoTime() < deadline && failure.get() == null) {
            if (dispatched.get() >= findings && deadline == Long.MAX_VALUE) {
                pace.shutdown();
                senders.shutdown();
                if (senders.awaitTermination(0, TimeUnit.NANOSECONDS)) {
                    deadline = System.nanoTime() + DEADLINE_NANOS;
                }
            }
            for (int a = 0; a < AUDITS; a++) {
                if (!waiting.get(a).isEmpty()) {
                    resolve(waiting.get(a), client.readModelVersion(audits.get(a)), latencies, seen);
                }
            }
            Thread.sleep(POLL_MILLIS);
        }
        pace.shutdownNow();
        senders.shutdownNow();
        if (failure.get() != null) {
            throw failure.get();
        }
        double acceptedPerSecond = findings / ((lastAcceptedNanos(lastAccepted) - start) / 1e9);
        long[] measured = new long[seen.get()];
        System.arraycopy(latencies, 0, measured, 0, measured.length);
        return new Result(new Latencies(measured), acceptedPerSecond, findings - seen.get());
    }

    /** The command's version and the moment it was accepted, kept by version until the read model shows it. */
    private static void send(AuditHttpClient client, String audit, ConcurrentSkipListMap<Long, Long> pending, int n,
                             AtomicReference<Exception> failure, long[] lastAccepted) {
        try {
            long version = client.recordFinding(audit, n);
            long accepted = System.nanoTime();
            pending.put(version, accepted);
            synchronized (lastAccepted) {
                lastAccepted[0] = Math.max(lastAccepted[0], accepted);
            }
        } catch (Exception e) {
            failure.compareAndSet(null, e);
        }
    }

    private static long lastAcceptedNanos(long[] lastAccepted) {
        synchronized (lastAccepted) {
            return lastAccepted[0];
        }
    }

    /** Every finding at or below the visible version is seen now; the watcher only runs this, so the counter cannot overrun. */
    private static void resolve(ConcurrentSkipListMap<Long, Long> pending, long visibleVersion, long[] latencies,
                                AtomicInteger seen) {
        long now = System.nanoTime();
        for (Map.Entry<Long, Long> first = pending.firstEntry(); first != null && first.getKey() <= visibleVersion;
             first = pending.firstEntry()) {
            pending.remove(first.getKey());
            latencies[seen.getAndIncrement()] = Math.max(0, now - first.getValue());
        }
    }
}
