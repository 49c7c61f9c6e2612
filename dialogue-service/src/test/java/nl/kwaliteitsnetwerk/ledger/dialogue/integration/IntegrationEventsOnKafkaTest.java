package nl.kwaliteitsnetwerk.ledger.dialogue.integration;

import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.DeliveryCheck;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.DeliveryCheck.Verdict;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
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
class IntegrationEventsOnKafkaTest extends DialogueServiceTestBase {

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
}
