package nl.kwaliteitsnetwerk.ledger.stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the launcher prints once, when every service answers: where each service is, the demo users,
 * and where Kafka and MongoDB are, so nobody has to read the services' logs to begin.
 */
record ReadySummary(Map<String, Integer> servicePorts, Map<String, String> healthStatuses,
                    String kafkaBootstrapServers, Path kafkaLogDir, String mongoAddress, Path mongoFile) {

    static final String FIRST_LINE = "The Quality Audit Ledger is ready.";

    String text() {
        StringBuilder text = new StringBuilder(FIRST_LINE).append('\n');
        servicePorts.forEach((service, port) -> text.append(String.format(
                "  %-20s http://localhost:%d  (health %s; OpenAPI http://localhost:%d/swagger-ui.html)%n",
                service, port, healthStatuses.getOrDefault(service, "?"), port)));
        text.append(String.format("  %-20s %s  (log in %s)%n", "Kafka", kafkaBootstrapServers, kafkaLogDir));
        text.append(String.format("  %-20s mongodb://%s  (one database per service; data in %s)%n", "MongoDB", mongoAddress, mongoFile));
        text.append(String.format("  %-20s password = user name: admin, lead, auditor, roc, council, committee, inspector,%n", "Demo users"));
        text.append(String.format("  %-20s chair, secretary, peer, guide, panel-chair, panelist, vc-chair, board (README: the API in a page)%n", ""));
        text.append(String.format("  %-20s Ctrl-C stops everything", ""));
        return text.toString();
    }
}
