package nl.kwaliteitsnetwerk.ledger.bench;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What the bench measures, from system properties ({@code -Dbench.…}): the sizes of stored history,
 * the client counts the burst runs at, findings per client in a burst, and the steady rate (and how many
 * findings) at which accepted → visible is timed.
 */
record BenchSettings(List<Integer> historySizes, List<Integer> clientCounts, int findingsPerClient,
                     int steadyRate, int steadyFindings) {

    BenchSettings {
        if (clientCounts.isEmpty() || clientCounts.stream().anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("bench.clients needs one or more positive counts: " + clientCounts);
        }
        if (findingsPerClient < 1 || steadyRate < 1 || steadyFindings < 1) {
            throw new IllegalArgumentException("bench.findings-per-client, bench.steady-rate and bench.steady-findings must be positive");
        }
    }

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(integers("bench.history", "0,10000,100000"), integers("bench.clients", "4,16,64"),
                Integer.getInteger("bench.findings-per-client", 100),
                Integer.getInteger("bench.steady-rate", 100),
                Integer.getInteger("bench.steady-findings", 500));
    }

    /** The history fill and the one-at-a-time visibility run with this many clients, as they did with a single count. */
    int fewestClients() {
        return Collections.min(clientCounts);
    }

    private static List<Integer> integers(String property, String defaults) {
        return Arrays.stream(System.getProperty(property, defaults).split(","))
                .map(String::trim).map(Integer::parseInt).toList();
    }
}
