package nl.kwaliteitsnetwerk.ledger.bench;

import java.util.Arrays;
import java.util.List;

/** What the bench measures, from system properties ({@code -Dbench.…}). */
record BenchSettings(List<Integer> historySizes, int clients, int findingsPerClient) {

    static BenchSettings fromSystemProperties() {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.history", "0,10000,100000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        return new BenchSettings(sizes,
                Integer.getInteger("bench.clients", 4),
                Integer.getInteger("bench.findings-per-client", 100));
    }
}
