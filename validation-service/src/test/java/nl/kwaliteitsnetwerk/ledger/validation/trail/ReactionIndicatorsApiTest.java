package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents.finalDialogue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Validation question V3 through the trail: the institution's reactions to a dialogue's drafts, fed from the
 * dialogue topic, count in the indicators and the report's state (how many, which answered and by what, the days to
 * the answer); a report from before answers were recorded shows them not recorded; the public reads none of it.
 */
class ReactionIndicatorsApiTest extends ServiceTestBase {

    private static final String INSTITUTION = "29WT";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Actor CHAIR = Actor.of("chair", Role.DIALOGUE_COMMITTEE);

    @Test
    void reactionsAnsweredByTheRedraftAndTheFinalReportCountForTheCommitteeAndNeverForThePublic() {
        String dialogueId = "dialogue-" + UUID.randomUUID();
        PublishedEvents whole = finalDialogue(dialogueId, INSTITUTION, clock.instant().minus(Duration.ofDays(1)));
        int finalised = whole.events().size() - 1;
        PublishedEvents dialogue = whole.stating("dialogue.institution-reacted-to-draft", p -> p.put("occurredOn", "2027-03-01"))
                .upTo(finalised)
                .with("dialogue.dialogue-report-drafted", CHAIR, version(dialogueId, 1, "2027-03-15").put("revision", 2))
                .with("dialogue.institution-reacted-to-draft", Actor.forInstitution("roc", INSTITUTION), JSON.objectNode()
                        .put("dialogueId", dialogueId).put("draftRevision", 2).put("reaction", "Nu wel herkenbaar")
                        .put("occurredOn", "2027-03-20"))
                .with("dialogue.dialogue-report-finalised", CHAIR, version(dialogueId, 2, "2027-04-03").put("draftRevision", 2))
                .with("dialogue.dialogue-report-published", CHAIR, JSON.objectNode().put("dialogueId", dialogueId)
                        .put("summary", "Samenvatting"));
        String path = "/trail/reports/" + dialogueId;

        dialogue.upTo(finalised).send(1);
        JsonNode pending = await().atMost(Duration.ofSeconds(30)).until(() -> api().get("roc", path + "/indicators"),
                r -> r.status() == 200 && r.body().path("reactionsToDrafts").path("received").asInt() == 1).body();
        assertThat(pending.path("reactionsToDrafts").path("unanswered")).as("the institution reads its own, awaiting the answer")
                .containsExactly(JSON.numberNode(1));
        assertThat(api().get("committee", path + "/indicators").status()).as("not final: not the committee's yet").isEqualTo(404);

        dialogue.from(finalised).upTo(3).send(1);
        JsonNode reactions = await().atMost(Duration.ofSeconds(30)).until(() -> api().get("committee", path + "/indicators"),
                r -> r.status() == 200 && r.body().path("reactionsToDrafts").path("answered").asInt() == 2)
                .body().path("reactionsToDrafts");
        assertThat(reactions.path("received").asInt()).isEqualTo(2);
        assertThat(reactions.path("unanswered")).isEmpty();
        assertThat(reactions.path("notRecorded")).isEmpty();
        assertThat(reactions.path("reactions").findValuesAsText("answeredBy")).containsExactly("REDRAFT", "FINAL_REPORT");
        assertThat(reactions.path("reactions").findValuesAsText("daysToAnswer")).containsExactly("14", "14");
        JsonNode state = api().get("committee", path).body().path("report").path("reactionsToDrafts");
        assertThat(state).as("the report's state in the trail").isEqualTo(reactions);
        assertThat(reactions.toString()).doesNotContain("herkenbaar", "Conclusie aangescherpt");

        dialogue.from(finalised + 3).send(1);
        JsonNode published = await().atMost(Duration.ofSeconds(30)).until(() -> api().get("inspector", path),
                r -> r.status() == 200).body();
        assertThat(published.path("report").has("reactionsToDrafts")).as("confidential").isFalse();
        assertThat(published.toString()).doesNotContain("reactionAnswer", "draftRevision");
        assertThat(api().get("inspector", path + "/indicators").status()).isEqualTo(403);
    }

    @Test
    void aDialogueReportFromBeforeAnswersWereRecordedShowsItsReactionNotRecorded() {
        PublishedEvents before = finalDialogue("dialogue-" + UUID.randomUUID(), INSTITUTION,
                clock.instant().minus(Duration.ofDays(1))).send(1);
        JsonNode reactions = await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("committee", "/trail/reports/" + before.aggregateId() + "/indicators"),
                        r -> r.status() == 200).body().path("reactionsToDrafts");

        assertThat(reactions.path("received").asInt()).isEqualTo(1);
        assertThat(reactions.path("answered").asInt()).isZero();
        assertThat(reactions.path("unanswered")).as("not unanswered: not recorded").isEmpty();
        assertThat(reactions.path("notRecorded")).containsExactly(JSON.numberNode(1));
        assertThat(reactions.path("reactions").get(0).path("status").asText()).isEqualTo("NOT_RECORDED");
    }

    /** A new version of the report, on {@code occurredOn}, answering the reaction to draft {@code answers}. */
    private static ObjectNode version(String dialogueId, int answers, String occurredOn) {
        ObjectNode version = JSON.objectNode().put("dialogueId", dialogueId).put("occurredOn", occurredOn);
        version.putObject("conclusions").put("PROFESSIONAL", "Gesprek wel, vastlegging niet");
        version.putObject("reactionAnswer").put("draftRevision", answers).put("answer", "Conclusie aangescherpt");
        return version;
    }
}
