package nl.kwaliteitsnetwerk.ledger.bench;

import java.util.Arrays;

/**
 * Percentiles over recorded nanosecond durations, printed in milliseconds. A duration of
 * {@code Long.MAX_VALUE} is one that never ended (a feed entry that did not arrive): a percentile that
 * falls on one is infinite, not a number of milliseconds.
 */
final class Latencies {

    private final long[] sorted;

    Latencies(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    double percentileMillis(double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        long nanos = sorted[Math.max(0, Math.min(index, sorted.length - 1))];
        return nanos == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : nanos / 1_000_000.0;
    }
}
