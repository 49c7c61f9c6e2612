package nl.kwaliteitsnetwerk.ledger.dialogue.integration;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.RealInfrastructureTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A whole institutional dialogue, up to publication, on a real MongoDB replica set and a real Kafka broker. */
class RealInfrastructureTest extends RealInfrastructureTestBase {

    @Test
    void wholeDialogueOnRealMongoDbAndKafka() {
        ApiClient api = api();
        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed().prepared().sessionHeld().observed()
                .drafted().reacted().finalised().published();

        JsonNode view = await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("chair", "/dialogues/" + dialogue.dialogueId).body(),
                        body -> body.path("version").asLong(-1) >= dialogue.version);
        assertThat(view.path("status").asText()).isEqualTo("PUBLISHED");

        assertDeliveredInOrder(IntegrationTopics.DIALOGUES, "InstitutionalDialogue", dialogue.dialogueId, dialogue.version);
    }
}
