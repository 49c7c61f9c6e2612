package nl.kwaliteitsnetwerk.ledger.bench;

import java.util.List;

/**
 * Everything measured at one size of stored history. {@code storedAtStart} is what the store held when
 * the stage began: the earlier stages' own findings count too, so it can exceed the requested size.
 */
record StageResult(int history, long storedAtStart, double catchUpSeconds, List<Throughput> throughput,
                   Latencies oneAtATime, SteadyVisibility.Result steady, double replayEventsPerSecond,
                   long replayedEvents, double verifiedCommitsPerSecond, double hashedCommitsPerSecond,
                   ReadVerificationCost.Rates readCost, FeedLag.Result feedLag) {

    /** One burst: {@code clients} clients recording back to back, and raw durable inserts by as many writers in the same run. */
    record Throughput(int clients, double findingsPerSecond, double drainSeconds, double rawInsertsPerSecond) {

        double ratio() {
            return findingsPerSecond / rawInsertsPerSecond;
        }
    }

    Throughput at(int clients) {
        return throughput.stream().filter(t -> t.clients() == clients).findFirst().orElse(null);
    }
}
