package nl.kwaliteitsnetwerk.ledger.audit.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditServiceTestBase;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the stored form of every audit event, as the service's event serializer writes it. The ledger
 * keeps events for ever, so a change of shape must be deliberate: give the event a new @Revision
 * and an upcaster, then renew the pinned file with {@code -Dsnapshots.update=true}.
 */
class StoredEventShapeTest extends AuditServiceTestBase {

    private static final Path PINNED = Path.of("src/test/resources/stored-events");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void everyEventIsStoredInItsPinnedShapeAndReadsBackEqual() throws Exception {
        Map<String, JsonNode> stored = new LinkedHashMap<>();
        for (Object event : AuditFixtures.oneOfEachEvent()) {
            SerializedObject<String> serialized = eventSerializer.serialize(event, String.class);
            stored.putIfAbsent(event.getClass().getSimpleName(), JSON.readTree(serialized.getData()));
            Object back = eventSerializer.deserialize(new SimpleSerializedObject<>(serialized.getData(), String.class,
                    serialized.getType()));
            assertThat(back).isEqualTo(event);
        }
        assertThat(stored).hasSize(nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent.class.getPermittedSubclasses().length);
        if (Boolean.getBoolean("snapshots.update")) {
            Files.createDirectories(PINNED);
            for (Map.Entry<String, JsonNode> entry : stored.entrySet()) {
                Files.writeString(PINNED.resolve(entry.getKey() + ".json"),
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(entry.getValue()) + "\n");
            }
        }
        try (var files = Files.list(PINNED)) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".json", "")).toList())
                    .as("a pinned file for every kind of event, and none for events that no longer exist")
                    .containsExactlyInAnyOrderElementsOf(List.copyOf(stored.keySet()));
        }
        for (Map.Entry<String, JsonNode> entry : stored.entrySet()) {
            JsonNode pinned = JSON.readTree(Files.readString(PINNED.resolve(entry.getKey() + ".json")));
            assertThat(entry.getValue()).as("stored shape of %s", entry.getKey()).isEqualTo(pinned);
        }
    }
}
