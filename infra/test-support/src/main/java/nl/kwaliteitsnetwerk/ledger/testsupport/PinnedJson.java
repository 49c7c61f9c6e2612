package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares named JSON documents with the files pinned for them, one {@code <name>.json} per document,
 * and checks there is no file for a name that no longer exists. With {@code -Dsnapshots.update=true}
 * it first writes the files anew: for a change made on purpose, reviewed in the diff.
 */
public final class PinnedJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PinnedJson() {
    }

    public static void check(Map<String, JsonNode> documents, Path pinned) throws IOException {
        if (Boolean.getBoolean("snapshots.update")) {
            Files.createDirectories(pinned);
            for (Map.Entry<String, JsonNode> entry : documents.entrySet()) {
                Files.writeString(pinned.resolve(entry.getKey() + ".json"),
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(entry.getValue()) + "\n");
            }
        }
        try (var files = Files.list(pinned)) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".json", "")).toList())
                    .as("a pinned file for every document, and none for documents that no longer exist")
                    .containsExactlyInAnyOrderElementsOf(List.copyOf(documents.keySet()));
        }
        for (Map.Entry<String, JsonNode> entry : documents.entrySet()) {
            JsonNode expected = JSON.readTree(Files.readString(pinned.resolve(entry.getKey() + ".json")));
            assertThat(entry.getValue()).as("pinned %s", entry.getKey()).isEqualTo(expected);
        }
    }
}
