package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the stored form of every kind of event, as a service's event serializer writes it, one JSON
 * file per kind. The ledger keeps events for ever, so a change of shape must be deliberate: give the
 * event a new @Revision and an upcaster, then renew the pinned files with {@code -Dsnapshots.update=true}.
 */
public final class PinnedEventShapes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PinnedEventShapes() {
    }

    /** {@code events} holds at least one event of each of the {@code kinds} kinds; each reads back equal. */
    public static void check(Serializer serializer, List<?> events, int kinds, Path pinned) throws IOException {
        Map<String, JsonNode> stored = new LinkedHashMap<>();
        for (Object event : events) {
            SerializedObject<String> serialized = serializer.serialize(event, String.class);
            stored.putIfAbsent(event.getClass().getSimpleName(), JSON.readTree(serialized.getData()));
            Object back = serializer.deserialize(new SimpleSerializedObject<>(serialized.getData(), String.class,
                    serialized.getType()));
            assertThat(back).isEqualTo(event);
        }
        assertThat(stored).as("one event of each kind").hasSize(kinds);
        PinnedJson.check(stored, pinned);
    }
}
