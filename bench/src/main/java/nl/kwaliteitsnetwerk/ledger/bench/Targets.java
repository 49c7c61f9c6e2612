package nl.kwaliteitsnetwerk.ledger.bench;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Issue 15's targets, judged on this run's figures: met, not met, or not measured when the run did not
 * have what a target needs (a client count, a steady rate or a history size). A target over several sizes
 * is judged on its worst size.
 */
final class Targets {

    /** The client count at which the ratio (and the cost per command) is judged. */
    private static final int TARGET_CLIENTS = 16;
    /** The steady load at which the p99 to visibility is judged, in findings/s. */
    private static final int TARGET_STEADY_RATE = 100;

    private Targets() {
    }

    static void print(List<StageResult> stages, BenchSettings settings) {
        System.out.printf("%nIssue 15's targets (history sizes in this run: %s; stored at each stage's start: %s)%n",
                stages.stream().map(s -> Integer.toString(s.history())).collect(Collectors.joining(", ")),
                stages.stream().map(s -> Long.toString(s.storedAtStart())).collect(Collectors.joining(", ")));
        System.out.println("  findings/s >= 0.5 x raw inserts/s at 16 clients: " + ratio(stages));
        System.out.println("  p99 accepted -> visible <= 50 ms at a steady 100 findings/s: " + steady(stages, settings));
        StageResult largest = stages.stream().max(Comparator.comparingLong(StageResult::storedAtStart)).orElseThrow();
        System.out.println("  replay >= 20,000 events/s: " + judge(largest.replayEventsPerSecond() >= 20_000,
                String.format("%.0f events/s replaying %d events (history %d)", largest.replayEventsPerSecond(),
                        largest.replayedEvents(), largest.history())));
        System.out.println("  chain verification >= 50,000 commits/s: " + judge(largest.verifiedCommitsPerSecond() >= 50_000,
                String.format("%.0f commits/s over the whole chain (history %d)", largest.verifiedCommitsPerSecond(),
                        largest.history())));
        System.out.println("  cost per command flat within 20% from 1,000 to 100,000 stored events: " + flat(stages));
    }

    private static String ratio(List<StageResult> stages) {
        StageResult worst = null;
        for (StageResult stage : stages) {
            if (stage.at(TARGET_CLIENTS) != null
                    && (worst == null || stage.at(TARGET_CLIENTS).ratio() < worst.at(TARGET_CLIENTS).ratio())) {
                worst = stage;
            }
        }
        if (worst == null) {
            return "not measured (16 is not among bench.clients)";
        }
        StageResult.Throughput t = worst.at(TARGET_CLIENTS);
        return judge(t.ratio() >= 0.5, String.format("lowest ratio %.3f: %.1f findings/s against %.1f inserts/s (history %d)",
                t.ratio(), t.findingsPerSecond(), t.rawInsertsPerSecond(), worst.history()));
    }

    private static String steady(List<StageResult> stages, BenchSettings settings) {
        if (settings.steadyRate() != TARGET_STEADY_RATE) {
            return "not measured (bench.steady-rate is " + settings.steadyRate() + ", not 100)";
        }
        StageResult worst = stages.stream()
                .max(Comparator.comparingDouble(s -> p99OrInfinite(s.steady()))).orElseThrow();
        SteadyVisibility.Result steady = worst.steady();
        String kept = steady.acceptedPerSecond() < 0.9 * TARGET_STEADY_RATE
                ? String.format("; the service accepted only %.1f findings/s, so the rate was not held", steady.acceptedPerSecond())
                : String.format("; accepted %.1f findings/s", steady.acceptedPerSecond());
        String unseen = steady.unseen() > 0 ? "; " + steady.unseen() + " findings never became visible within 30 s" : "";
        return judge(p99OrInfinite(steady) <= 50 && steady.acceptedPerSecond() >= 0.9 * TARGET_STEADY_RATE,
                String.format("highest p99 %.1f ms (history %d)%s%s", steady.latencies().percentileMillis(99),
                        worst.history(), kept, unseen));
    }

    private static double p99OrInfinite(SteadyVisibility.Result steady) {
        return steady.unseen() > 0 ? Double.POSITIVE_INFINITY : steady.latencies().percentileMillis(99);
    }

    /** Cost per command: wall time per finding at 16 clients, at the stage asked for 1,000 against the one asked for 100,000. */
    private static String flat(List<StageResult> stages) {
        StageResult from = stage(stages, 1_000);
        StageResult to = stage(stages, 100_000);
        String sizes = stages.stream().map(s -> Integer.toString(s.history())).collect(Collectors.joining(", "));
        if (from == null || to == null || from.at(TARGET_CLIENTS) == null || to.at(TARGET_CLIENTS) == null) {
            return "not measured (needs history sizes 1000 and 100000 and 16 clients in one run; this run had " + sizes + ")";
        }
        double costFrom = 1000 / from.at(TARGET_CLIENTS).findingsPerSecond();
        double costTo = 1000 / to.at(TARGET_CLIENTS).findingsPerSecond();
        double change = costTo / costFrom - 1;
        return judge(Math.abs(change) <= 0.20, String.format("%.2f ms per finding at %d stored, %.2f ms at %d (%+.0f%%)",
                costFrom, from.storedAtStart(), costTo, to.storedAtStart(), change * 100));
    }

    private static StageResult stage(List<StageResult> stages, int history) {
        return stages.stream().filter(s -> s.history() == history).findFirst().orElse(null);
    }

    private static String judge(boolean met, String figure) {
        return (met ? "met" : "NOT MET") + " — " + figure;
    }
}
