package nl.kwaliteitsnetwerk.ledger.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What the local stack starts and where, read from system properties ({@code -Dqal.…}). The root is
 * the directory that holds the services' modules, found above the launcher's own jar
 * ({@link ServiceJars}), so the launcher behaves the same from whatever directory it is started.
 */
record LocalStackSettings(Path rootDir, Path dataDir, int mongoPort, int kafkaPort, Map<String, Integer> services) {

    static final String DEFAULT_SERVICES = "audit-service:8081,dialogue-service:8082,validation-service:8083";

    static LocalStackSettings from(Properties properties, Path launcherLocation) {
        Map<String, Integer> services = parseServices(properties.getProperty("qal.services", DEFAULT_SERVICES));
        String rootProperty = properties.getProperty("qal.root");
        Path root = rootProperty != null
                ? Path.of(rootProperty).toAbsolutePath()
                : ServiceJars.rootAbove(launcherLocation, services.keySet());
        Path data = Path.of(properties.getProperty("qal.data-dir", root.resolve("data").toString())).toAbsolutePath();
        int mongoPort = Integer.parseInt(properties.getProperty("qal.mongo-port", "27017"));
        int kafkaPort = Integer.parseInt(properties.getProperty("qal.kafka-port", "9092"));
        return new LocalStackSettings(root, data, mongoPort, kafkaPort, services);
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

    Path mongoFile() {
        return dataDir.resolve("mongo.mv");
    }

    Path kafkaLogDir() {
        return dataDir.resolve("kafka");
    }

    Path keyDir() {
        return dataDir.resolve("keys");
    }
}
