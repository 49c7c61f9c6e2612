package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.kernel.text.WellFormedText;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.HostileText;
import nl.kwaliteitsnetwerk.ledger.testsupport.Pages;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.StreamSupport;

import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.assertAggregateVerifies;
import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.assertRefusedAsInvalidText;
import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.postEscaped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The property of issue 11 for the dialogue service: arbitrary text in a dialogue's own question and
 * theme, and in an observation, is either refused with 400 {@code invalid-text} naming the field, or
 * kept exactly: read back the same from the dialogue, {@code ?asOf=} and the trail, and both dialogues'
 * chains verify. The theme takes one line: a well-formed text with a line break, a control or a
 * text-direction character is refused there with 400 naming it. The text sits between marks, so the
 * rules that strip and measure questions hold.
 */
class DialogueTextPropertyTest extends ServiceTestBase {

    private static final int TRIES = 70;
    private static final long SEED = 20270601L;
    private static final String QUESTION = "Zodat wij ons onderwijs bijstellen: hoe leren onze teams van wat studenten"
            + " zeggen over \u00ab";

    @Test
    void questionThemeAndObservationAreRefusedOrKeptExactlyAndVerified() {
        ApiClient api = api();
        DialogueJourney observed = DialogueJourney.open(api).committeeAppointed().prepared().sessionHeld();
        int refused = 0;
        for (String sample : HostileText.samples(TRIES, SEED)) {
            String question = QUESTION + sample + "\u00bb?";
            String theme = "Thema \u00ab" + sample + "\u00bb";
            Response opened = postEscaped(api, "roc", "/dialogues", ApiClient.json().put("institutionCode", "29WT")
                    .put("boardNumber", 21274).put("institutionName", "Business Marketing Services B.V.")
                    .put("question", question)
                    .put("theme", theme).put("plannedDate", DialogueJourney.inDays(180)));
            if (!WellFormedText.isWellFormed(sample)) {
                assertRefusedAsInvalidText(opened, "question", sample);
                refused++;
                continue;
            }
            if (!HostileText.isOneLine(theme)) {
                assertThat(opened.status()).as(HostileText.escaped(sample) + ": " + opened.raw()).isEqualTo(400);
                assertThat(opened.body().path("errors").findValuesAsText("field")).containsExactly("theme");
                refused++;
                continue;
            }
            assertThat(opened.status()).as(HostileText.escaped(sample) + ": " + opened.raw()).isEqualTo(201);
            String text = "Waarneming \u00ab" + sample + "\u00bb";
            Response observation = postEscaped(api, "peer", "/dialogues/" + observed.dialogueId + "/observations",
                    ApiClient.json().put("sessionId", observed.sessionId).put("lens", "PROFESSIONAL").put("text", text));
            assertThat(observation.status()).as(HostileText.escaped(sample) + ": " + observation.raw()).isEqualTo(200);

            String dialogueId = opened.text("id");
            assertOpenedWith(awaitVersion(api, dialogueId, 0), question, theme, sample);
            assertOpenedWith(api.get("roc", "/dialogues/" + dialogueId + "?asOf=" + clock.instant()).body(), question, theme,
                    sample);
            JsonNode dialogue = awaitVersion(api, observed.dialogueId, observation.body().path("version").asLong());
            String observationId = observation.text("createdId");
            assertThat(observationIn(dialogue, observationId).path("text").asText()).as(HostileText.escaped(sample))
                    .isEqualTo(text);
            assertThat(recordedInTrail(api, observed.dialogueId, observationId).path("text").asText())
                    .as(HostileText.escaped(sample)).isEqualTo(text);
            assertAggregateVerifies(api, dialogueId, sample);
            assertAggregateVerifies(api, observed.dialogueId, sample);
        }
        assertThat(refused).as("both outcomes tried").isBetween(5, TRIES - 20);
    }

    private static void assertOpenedWith(JsonNode dialogue, String question, String theme, String sample) {
        assertThat(dialogue.path("question").asText()).as(HostileText.escaped(sample) + ": " + dialogue).isEqualTo(question);
        assertThat(dialogue.path("theme").asText()).as(HostileText.escaped(sample) + ": " + dialogue).isEqualTo(theme);
    }

    private static JsonNode observationIn(JsonNode dialogue, String observationId) {
        return StreamSupport.stream(dialogue.path("observations").spliterator(), false)
                .filter(observation -> observation.path("observationId").asText().equals(observationId))
                .findFirst().orElseThrow(() -> new AssertionError("observation " + observationId + " not in " + dialogue));
    }

    private static JsonNode recordedInTrail(ApiClient api, String dialogueId, String observationId) {
        return Pages.all(api, "roc", "/dialogues/" + dialogueId + "/trail?limit=200").stream()
                .filter(entry -> entry.path("eventType").asText().equals("ObservationRecorded"))
                .map(entry -> entry.path("change"))
                .filter(change -> change.path("observationId").asText().equals(observationId))
                .findFirst().orElseThrow(() -> new AssertionError("observation " + observationId + " not in the trail"));
    }

    private static JsonNode awaitVersion(ApiClient api, String dialogueId, long version) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> api.get("roc", "/dialogues/" + dialogueId),
                response -> response.status() == 200 && response.body().path("version").asLong() >= version).body();
    }
}
