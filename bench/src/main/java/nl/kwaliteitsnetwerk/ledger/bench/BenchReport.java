package nl.kwaliteitsnetwerk.ledger.bench;

import java.util.List;

/** The bench's printed tables: throughput per client count, and the other figures per size of stored history. */
final class BenchReport {

    private BenchReport() {
    }

    static void printThroughputHeader() {
        System.out.printf("%-14s %14s %8s %11s %15s %14s %7s%n", "stored events", "stored at start", "clients",
                "findings/s", "burst visible s", "raw inserts/s", "ratio");
    }

    static void printThroughput(int history, long storedAtStart, StageResult.Throughput t) {
        System.out.printf("%-14d %15d %8d %11.1f %15.1f %14.1f %7.3f%n", history, storedAtStart, t.clients(),
                t.findingsPerSecond(), t.drainSeconds(), t.rawInsertsPerSecond(), t.ratio());
    }

    static void print(List<StageResult> stages, BenchSettings settings) {
        System.out.printf("%nThroughput: each client records %d findings back to back over HTTP; raw inserts: as many"
                + " writers, as many durable inserts, same store, same run%n", settings.findingsPerClient());
        printThroughputHeader();
        for (StageResult stage : stages) {
            for (StageResult.Throughput t : stage.throughput()) {
                printThroughput(stage.history(), stage.storedAtStart(), t);
            }
        }
        System.out.printf("%nVisibility one at a time (%d clients, each waits for its finding), at a steady %d findings/s"
                + " (%d findings over 8 audits), and the ledger's own rates%n", settings.fewestClients(),
                settings.steadyRate(), settings.steadyFindings());
        System.out.printf("%-14s %16s %18s %22s %11s %7s %12s %11s %11s %22s %22s %26s %30s%n", "stored events",
                "load+catch-up s", "1-by-1 p50/p99 ms", "steady p50/p99 ms", "accepted/s", "unseen", "replay ev/s",
                "verify c/s", "sha-256 c/s", "feed kafka p50/p99 ms", "feed http p50/p99 ms",
                "load verified/plain c/s", "tracking verified/plain ev/s");
        for (StageResult s : stages) {
            System.out.printf("%-14d %16.1f %8.1f/%-9.1f %10.1f/%-11.1f %11.1f %7d %12.0f %11.0f %11.0f %10.1f/%-11.1f"
                            + " %10.1f/%-11.1f %8.0f/%-8.0f (%.2f) %10.0f/%-10.0f (%.2f)%n",
                    s.history(), s.catchUpSeconds(), s.oneAtATime().percentileMillis(50), s.oneAtATime().percentileMillis(99),
                    s.steady().latencies().percentileMillis(50), s.steady().latencies().percentileMillis(99),
                    s.steady().acceptedPerSecond(), s.steady().unseen(), s.replayEventsPerSecond(),
                    s.verifiedCommitsPerSecond(), s.hashedCommitsPerSecond(),
                    s.feedLag().kafka().percentileMillis(50), s.feedLag().kafka().percentileMillis(99),
                    s.feedLag().http().percentileMillis(50), s.feedLag().http().percentileMillis(99),
                    s.readCost().loadVerified(), s.readCost().loadPlain(), s.readCost().loadRatio(),
                    s.readCost().trackingVerified(), s.readCost().trackingPlain(), s.readCost().trackingRatio());
        }
    }
}
