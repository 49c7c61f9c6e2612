package nl.kwaliteitsnetwerk.ledger.dialogue.integration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.DeliveryCheck;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.DeliveryCheck.Verdict;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader;
import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader.Delivery;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dialogue event reaches the dialogues topic as a versioned integration event, keyed by
 * dialogue id, in order per dialogue, each once; a consumer checks that with the envelope alone.
 */
class IntegrationEventsOnKafkaTest extends ServiceTestBase {

    @Test
    void everyDialogueEventIsPublishedInOrderKeyedByDialogue() {
        DialogueJourney first = DialogueJourney.open(api()).committeeAppointed().prepared().sessionHeld().observed()
                .drafted().reacted().finalised().published();
        DialogueJourney second = DialogueJourney.open(api()).committeeAppointed();
        long expected = first.version + second.version + 2;
        List<Delivery> deliveries = TopicReader.readUntil(IntegrationTopics.DIALOGUES,
                Set.of(first.dialogueId, second.dialogueId), d -> d.size() >= expected, Duration.ofSeconds(30));

        assertThat(deliveries).hasSize((int) expected);
        DeliveryCheck check = new DeliveryCheck();
        deliveries.forEach(d -> assertThat(check.offer(d.event())).as("delivery %s", d).isEqualTo(Verdict.NEXT));
        assertThat(check.lastApplied("InstitutionalDialogue", first.dialogueId)).isEqualTo(first.version);
        assertThat(deliveries).allSatisfy(d -> {
            IntegrationEvent event = d.event();
            assertThat(d.key()).isEqualTo(event.aggregateId());
            assertThat(event.aggregateType()).isEqualTo("InstitutionalDialogue");
            assertThat(event.eventType()).startsWith("dialogue.");
            assertThat(event.schemaVersion()).isEqualTo(1);
            assertThat(event.institutionCode()).isEqualTo("29WT");
            assertThat(event.payload().toString()).doesNotContain("nl.kwaliteitsnetwerk", "@class");
        });
        assertThat(deliveries.stream().filter(d -> d.key().equals(first.dialogueId)).map(d -> d.event().eventType()).toList())
                .startsWith("dialogue.dialogue-opened", "dialogue.dialogue-committee-appointed")
                .endsWith("dialogue.dialogue-report-finalised", "dialogue.dialogue-report-published");
        assertThat(deliveries.stream().filter(d -> d.key().equals(first.dialogueId)).map(Delivery::partition).distinct())
                .as("one dialogue, one partition: its order is kept").hasSize(1);
    }

    @Test
    void reviewEventsArePublishedKeyedByReview() {
        ApiClient api = api();
        String panelReviewId = api.post("admin", "/panel-reviews", ApiClient.json().put("institutionCode", "29WT")
                .put("boardNumber", 21274).put("institutionName", "Business Marketing Services B.V.")
                .put("frameworkId", "referentiewaardenmodel-mbo")
                .put("frameworkVersion", "2024-proeftuin").put("plannedDate", DialogueJourney.inDays(300))).text("id");
        ObjectNode panel = ApiClient.json();
        panel.set("chair", DialogueJourney.member("panel-chair", "Paula Panel", null, "INDEPENDENT_EXPERT", null));
        panel.putArray("members").add(DialogueJourney.member("panelist", "Wim Werkveld", null, "STAKEHOLDER", "EMPLOYERS"));
        assertThat(api.post("admin", "/panel-reviews/" + panelReviewId + "/panel", panel).status()).isEqualTo(200);

        List<Delivery> deliveries = TopicReader.readUntil(IntegrationTopics.DIALOGUES, Set.of(panelReviewId),
                d -> d.size() >= 2, Duration.ofSeconds(30));
        assertThat(deliveries).extracting(d -> d.event().eventType())
                .containsExactly("panel-review.panel-review-scheduled", "panel-review.panel-composed");
        assertThat(deliveries).allSatisfy(d -> {
            assertThat(d.event().aggregateType()).isEqualTo("PanelReview");
            assertThat(d.event().institutionCode()).isEqualTo("29WT");
        });
        assertThat(deliveries.get(0).event().payload().path("framework").path("version").asText()).isEqualTo("2024-proeftuin");
    }
}
