package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedSchemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks what a producer published against the JSON Schemas in the repository (shared-kernel,
 * {@code schemas/public/}): the entry, and each fact's body against the schema its type and version name.
 */
public final class PublicFeedSchemaCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private PublicFeedSchemaCheck() {
    }

    /** Every way {@code entryJson} departs from its schemas; empty when it conforms. */
    public static List<String> violations(String entryJson) {
        try {
            JsonNode entry = JSON.readTree(entryJson);
            List<String> found = new ArrayList<>(messages(schema(PublicFeedSchemas.ENTRY).validate(entry)));
            for (JsonNode fact : entry.path("facts")) {
                String name = PublicFeedSchemas.nameOf(fact.path("factType").asText(), fact.path("schemaVersion").asInt());
                messages(schema(name).validate(fact.path("body")))
                        .forEach(m -> found.add(fact.path("factType").asText() + ": " + m));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> messages(Set<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::getMessage).toList();
    }

    private static JsonSchema schema(String name) {
        return SCHEMAS.computeIfAbsent(name, n -> {
            try (InputStream in = PublicFeedSchemas.open(n)) {
                return FACTORY.getSchema(JSON.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
