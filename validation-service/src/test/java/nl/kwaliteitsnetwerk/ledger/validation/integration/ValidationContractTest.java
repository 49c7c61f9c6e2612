package nl.kwaliteitsnetwerk.ledger.validation.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventTranslator.Translation;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeEvent;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation service's contract on its topic, pinned: one integration event of every type. A change
 * here is a change of contract: raise the schema version and renew with {@code -Dsnapshots.update=true}.
 */
class ValidationContractTest {

    private static final Path PINNED = Path.of("src/test/resources/integration-events");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyKindOfEventHasItsOwnTypeAndItsPinnedPayload() throws Exception {
        ValidationIntegrationEvents translator = new ValidationIntegrationEvents();
        Map<String, JsonNode> payloads = new LinkedHashMap<>();
        for (Object event : CommitteeFixtures.oneOfEachEvent()) {
            Translation translation = translator.translate(event).orElseThrow();
            assertThat(translation.eventType()).startsWith("validation.");
            payloads.putIfAbsent(translation.eventType(), translation.payload());
        }
        assertThat(payloads).hasSize(CommitteeEvent.class.getPermittedSubclasses().length);
        assertThat(translator.translate("not a committee event")).isEmpty();
        if (Boolean.getBoolean("snapshots.update")) {
            Files.createDirectories(PINNED);
            for (Map.Entry<String, JsonNode> entry : payloads.entrySet()) {
                Files.writeString(PINNED.resolve(entry.getKey() + ".json"),
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(entry.getValue()) + "\n");
            }
        }
        try (var files = Files.list(PINNED)) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".json", "")).toList())
                    .containsExactlyInAnyOrderElementsOf(List.copyOf(payloads.keySet()));
        }
        for (Map.Entry<String, JsonNode> entry : payloads.entrySet()) {
            assertThat(entry.getValue()).as("payload of %s", entry.getKey())
                    .isEqualTo(JSON.readTree(Files.readString(PINNED.resolve(entry.getKey() + ".json"))));
        }
    }
}
