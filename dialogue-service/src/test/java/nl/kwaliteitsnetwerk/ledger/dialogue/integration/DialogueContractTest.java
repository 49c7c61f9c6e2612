package nl.kwaliteitsnetwerk.ledger.dialogue.integration;

import nl.kwaliteitsnetwerk.ledger.contracts.Contracts;
import nl.kwaliteitsnetwerk.ledger.testsupport.PinnedJson;
import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventTranslator.Translation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialogue service's contract on its topic, pinned: one integration event of every type, as other
 * services receive it, pinned in the contracts artifact they read too. A change here is a change of
 * contract: raise the schema version, tell the consumers, and renew the pinned files with
 * {@code -Dsnapshots.update=true}, which writes the contracts module's sources.
 */
class DialogueContractTest {

    private final DialogueIntegrationEvents translator = new DialogueIntegrationEvents();

    @Test
    void everyKindOfEventHasItsOwnTypeAndItsPinnedPayload() throws Exception {
        Map<String, JsonNode> payloads = new LinkedHashMap<>();
        for (Object event : EveryEvent.ofEachKind()) {
            Translation translation = translator.translate(event).orElseThrow();
            assertThat(translation.schemaVersion()).isEqualTo(1);
            assertThat(translation.payload().has("actor")).as("who acted travels in the envelope").isFalse();
            payloads.putIfAbsent(translation.eventType(), translation.payload());
        }
        assertThat(payloads).hasSize(EveryEvent.KINDS);
        assertThat(payloads.keySet()).contains("dialogue.session-held", "dialogue.dialogue-report-finalised",
                "peer-review.team-report-recorded", "panel-review.panel-standard-judged");
        Path pinned = Boolean.getBoolean("snapshots.update") ? Contracts.sources("dialogue") : Contracts.pinned("dialogue");
        PinnedJson.check(payloads, pinned);
    }

    @Test
    void correctionsAndRevisionsNameWhatTheyCorrectAndWhy() {
        JsonNode corrected = payloadOf("dialogue.observation-corrected");
        assertThat(corrected.path("observationId").asText()).isEqualTo("o-1");
        assertThat(corrected.path("reason").asText()).isEqualTo("Nauwkeuriger");
        assertThat(corrected.path("revision").asInt()).isEqualTo(1);
    }

    @Test
    void otherEventsAreNotThisTranslatorsBusiness() {
        assertThat(translator.translate("not a dialogue event")).isEmpty();
    }

    private JsonNode payloadOf(String type) {
        return EveryEvent.ofEachKind().stream().map(e -> translator.translate(e).orElseThrow())
                .filter(t -> t.eventType().equals(type)).findFirst().orElseThrow().payload();
    }
}
