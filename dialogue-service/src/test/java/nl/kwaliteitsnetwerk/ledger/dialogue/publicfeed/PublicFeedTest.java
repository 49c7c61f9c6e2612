package nl.kwaliteitsnetwerk.ledger.dialogue.publicfeed;

import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFact;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedEntry;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.PublicFeedPages;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialogue service's public feed: a published dialogue report and its adopted recommendation are
 * told, in their schemas; a dialogue still in draft, the sessions, observations, questionnaires,
 * documents, the institution's reaction, the committee's names and the agenda owner never are.
 */
class PublicFeedTest extends ServiceTestBase {

    private static final List<String> CONFIDENTIAL = List.of("Herkenbaar", "Docenten vragen studenten",
            "Men voelt zich gehoord", "Sam Student", "Carla Voorzitter", "directeur onderwijs", "sharepoint://jaarplan",
            "Hoe teams studenten horen", "\"actor\"", "\"userId\"");

    @Test
    void aPublishedDialogueIsToldAndNothingConfidentialIs() {
        ApiClient api = api();
        DialogueJourney published = DialogueJourney.open(api).committeeAppointed().prepared().sessionHeld().observed()
                .drafted().reacted().finalised().published().adopted("2028-01-01");
        DialogueJourney drafted = DialogueJourney.open(api).committeeAppointed().prepared().sessionHeld().observed()
                .drafted();
        ApiClient.Response digest = api.post("admin", "/ledger/digests", ApiClient.json());
        assertThat(digest.status()).as(digest.raw()).isEqualTo(200);

        List<String> feed = PublicFeedPages.readUpTo(api, digest.body().path("position").asLong());
        String all = String.join("\n", feed);
        CONFIDENTIAL.forEach(secret -> assertThat(all).as("the feed never tells " + secret).doesNotContain(secret));
        List<PublicFact> told = feed.stream().map(PublicFeedEntry::fromJson).flatMap(e -> e.facts().stream()).toList();
        assertThat(told).filteredOn(f -> f.aggregateId().equals(drafted.dialogueId)).isEmpty();
        List<PublicFact> ours = told.stream().filter(f -> f.aggregateId().equals(published.dialogueId)).toList();
        assertThat(ours).extracting(PublicFact::factType).containsExactly("dialogue.report-published", "dialogue.follow-up-status");
        assertThat(ours.get(0).body().path("question").asText()).isEqualTo(DialogueJourney.QUESTION);
        assertThat(ours.get(0).body().path("recommendations").get(0).path("text").asText())
                .isEqualTo("Leg de uitkomst van studentgesprekken per team vast.");
        assertThat(ours.get(0).body().path("stakeholderMix").path("groups").toString()).contains("STUDENTS");
        assertThat(ours.get(1).body().path("status").asText()).isEqualTo("ADOPTED");
        assertThat(ours.get(1).body().path("dueDate").asText()).isEqualTo("2028-01-01");
    }
}
