package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.testsupport.Pages.all;
import static nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents.publishedAudit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Approvals bound to content, through the API: a member answers on the final version of an audit report, citing
 * its digest; an erratum of the audit arrives on the trail; the committee's view of the review shows the answer
 * stale, with the version it was given on, and so does the review's trail; an answer on the old version is refused
 * as stale, one on the new version is current again.
 */
@Order(Integer.MAX_VALUE - 1)
class StaleApprovalApiTest extends ServiceTestBase {

    private static final String CONCEPT = "1".repeat(64);
    private static final String FINAL = "2".repeat(64);
    private static final String ERRATUM = "3".repeat(64);

    @Test
    void anApprovalMadeStaleByAnErratumShowsInTheCommitteesView() {
        ApiClient api = api();
        CommitteeSetup.composeIfNeeded(api, clock);
        PublishedEvents audit = CommitteeSetup.inTrail(api, publishedAudit("audit-" + UUID.randomUUID(), "29WT",
                clock.instant().minus(Duration.ofDays(100)), "2030-01-01")
                .stating("audit.concept-report-issued", p -> p.put("reportDigest", CONCEPT))
                .stating("audit.report-finalised", p -> p.put("reportDigest", FINAL).put("approvedDigest", CONCEPT))
                .with("audit.board-reaction-recorded", Actor.forInstitution("roc", "29WT"), ApiClient.json()
                        .put("reaction", "Het bestuur onderschrijft het rapport").put("approvedDigest", FINAL)));
        String review = "/validation-reviews/" + CommitteeSetup.openReview(api, "Validatie met erratum", audit.aggregateId());

        Response withoutDigest = api.post("vc-2", review + "/answers", answer(audit.aggregateId(), null));
        assertThat(withoutDigest.status()).as(withoutDigest.raw()).isEqualTo(400);
        assertThat(withoutDigest.text("code")).isEqualTo("approved-digest-required");
        Response onTheConcept = api.post("vc-2", review + "/answers", answer(audit.aggregateId(), CONCEPT));
        assertThat(onTheConcept.status()).isEqualTo(409);
        assertThat(onTheConcept.text("code")).isEqualTo("stale-content");
        Response onTheFinal = api.post("vc-2", review + "/answers", answer(audit.aggregateId(), FINAL));
        assertThat(onTheFinal.status()).as(onTheFinal.raw()).isEqualTo(200);

        JsonNode before = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("vc-3", review).body(),
                view -> given(view).isObject());
        assertThat(given(before).path("stale").asBoolean()).isFalse();
        assertThat(given(before).path("givenOnVersion").path("number").asInt()).isEqualTo(2);
        assertThat(before.path("reports").get(0).path("currentVersion").path("digest").asText()).isEqualTo(FINAL);

        assertThat(approvalsInTheTrail(api, audit)).as("before the erratum").containsOnly(false);

        audit.erratum(ERRATUM, FINAL).from(audit.events().size() - 1).send(1);
        JsonNode after = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("vc-3", review).body(),
                view -> given(view).path("stale").asBoolean());
        JsonNode stale = given(after);
        assertThat(stale.path("approvedDigest").asText()).isEqualTo(FINAL);
        assertThat(stale.path("givenOnVersion").path("number").asInt()).as("the version it was given on").isEqualTo(2);
        assertThat(stale.path("givenOnVersion").path("eventType").asText()).isEqualTo("audit.report-finalised");
        JsonNode current = after.path("reports").get(0).path("currentVersion");
        assertThat(current.path("number").asInt()).isEqualTo(3);
        assertThat(current.path("digest").asText()).isEqualTo(ERRATUM);
        assertThat(current.path("supersedesDigest").asText()).isEqualTo(FINAL);

        assertThat(approvalsInTheTrail(api, audit)).as("the finalisation and the board's reaction, in the trail")
                .containsExactly(true, true);
        List<JsonNode> publicTrail = all(api, "inspector", "/trail?report=" + audit.aggregateId());
        JsonNode reaction = publicTrail.stream().filter(entry -> entry.path("eventType").asText()
                .equals("audit.board-reaction-recorded")).findFirst().orElseThrow();
        assertThat(reaction.path("payload").path("approval").path("madeStaleBy").path("eventType").asText())
                .as("the public sees the board's approval go stale too, and what made it stale")
                .isEqualTo("audit.erratum-issued");
        assertThat(reaction.path("payload").path("approval").path("givenOnVersion").asInt()).isEqualTo(2);
        JsonNode finalised = publicTrail.stream().filter(entry -> entry.path("eventType").asText()
                .equals("audit.report-finalised")).findFirst().orElseThrow();
        assertThat(finalised.path("payload").has("approvedDigest"))
                .as("the concept the finalisation approved stays confidential (TrailDisclosure)").isFalse();
        JsonNode publicErratum = publicTrail.stream()
                .filter(entry -> entry.path("eventType").asText().equals("audit.erratum-issued")).findFirst().orElseThrow();
        assertThat(publicErratum.path("payload").path("reportDigest").asText()).as("the public reads the new version")
                .isEqualTo(ERRATUM);
        assertThat(publicErratum.path("payload").has("correction")).as("but not the erratum's text").isFalse();
        assertThat(publicErratum.path("payload").has("reason")).isFalse();

        JsonNode answered = all(api, "vc-3", review + "/trail").stream()
                .filter(entry -> entry.path("eventType").asText().equals("ValidationQuestionAnswered")).findFirst().orElseThrow();
        assertThat(answered.path("change").path("approval").path("stale").asBoolean()).as("in the review's trail").isTrue();
        assertThat(answered.path("change").path("approval").path("givenOnVersion").asInt()).isEqualTo(2);

        Response again = api.post("vc-2", review + "/answers", answer(audit.aggregateId(), FINAL).put("questionId", "V2"));
        assertThat(again.status()).as("an answer on the replaced version").isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("stale-content");
        Response revised = api.post("vc-2", review + "/answers", answer(audit.aggregateId(), ERRATUM)
                .put("revisionReason", "Opnieuw beoordeeld op het erratum"));
        assertThat(revised.status()).as(revised.raw()).isEqualTo(200);
        JsonNode revisedView = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("vc-3", review).body(),
                view -> view.path("reports").get(0).path("answersByQuestion").path("V1").size() == 2);
        JsonNode latest = revisedView.path("reports").get(0).path("answersByQuestion").path("V1").get(1);
        assertThat(latest.path("stale").asBoolean()).isFalse();
        assertThat(latest.path("givenOnVersion").path("number").asInt()).isEqualTo(3);
    }

    /** Whether each approval of the audit in its trail (as the committee reads it) is stale, in the trail's order. */
    private static List<Boolean> approvalsInTheTrail(ApiClient api, PublishedEvents audit) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> all(api, "committee", "/trail?report=" + audit.aggregateId()),
                        entries -> entries.size() == audit.events().size()).stream()
                .filter(entry -> entry.path("payload").has("approvedDigest"))
                .map(entry -> entry.path("payload").path("approval").path("stale").asBoolean()).toList();
    }

    private static JsonNode given(JsonNode view) {
        return view.path("reports").path(0).path("answersByQuestion").path("V1").path(0);
    }

    private static ObjectNode answer(String reportId, String digest) {
        return ApiClient.json().put("reportId", reportId).put("questionId", "V1").put("answer", "YES")
                .put("reasoning", "Gezien in de eindversie").put("approvedDigest", digest);
    }
}
