package nl.kwaliteitsnetwerk.ledger.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** What the local stack starts and where, read from system properties ({@code -Dqal.…}). */
record LocalStackSettings(Path rootDir, Path dataDir, int mongoPort, int kafkaPort, Map<String, Integer> services) {

    static final String DEFAULT_SERVICES = "audit-service:8081,dialogue-service:8082,validation-service:8083";

    static LocalStackSettings from(Properties properties, Path workingDir) {
        Path root = Path.of(properties.getProperty("qal.root", workingDir.toString())).toAbsolutePath();
        Path data = Path.of(properties.getProperty("qal.data-dir", root.resolve("data").toString())).toAbsolutePath();
        int mongoPort = Integer.parseInt(properties.getProperty("qal.mongo-port", "27017"));
        int kafkaPort = Integer.parseInt(properties.getProperty("qal.kafka-port", "9092"));
        return new LocalStackSettings(root, data, mongoPort, kafkaPort,
                parseServices(properties.getProperty("qal.services", DEFAULT_SERVICES)));
    }

    static Map<String, Integer> parseServices(String spec) {
        Map<String, Integer> services = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String[] nameAndPort = entry.trim().split(":");
            if (nameAndPort.length != 2) {
                throw new IllegalArgumentException("qal.services takes name:port,name:port; got " + entry);
            }
            services.put(nameAndPort[0], Integer.parseInt(nameAndPort[1]));
        }
        return services;
    }
}
