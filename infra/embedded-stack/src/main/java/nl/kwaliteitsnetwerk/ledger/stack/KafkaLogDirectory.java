package nl.kwaliteitsnetwerk.ledger.stack;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A KRaft server starts only on a formatted log directory: {@code meta.properties} names the cluster
 * and the node, and the metadata log holds the bootstrap records. What {@code kafka-storage format}
 * does, done on first start; a directory formatted before keeps its cluster id and everything in it.
 */
final class KafkaLogDirectory {

    private static final Logger log = LoggerFactory.getLogger(KafkaLogDirectory.class);

    private KafkaLogDirectory() {
    }

    static boolean isFormatted(Path logDir) {
        return Files.exists(logDir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME));
    }

    static void formatIfNew(Path logDir, int nodeId, String controllerListener) {
        if (isFormatted(logDir)) {
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(said, true, StandardCharsets.UTF_8))
                    .setNodeId(nodeId)
                    .setClusterId(clusterId)
                    .setControllerListenerName(controllerListener)
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Kafka's log directory " + logDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka's log directory " + logDir + ": " + said, e);
        }
        log.info("formatted Kafka's log directory {} for cluster {}", logDir, clusterId);
    }
}
