package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A whole panel review through the HTTP API, on the reference-values model. */
class PanelReviewApiTest extends ServiceTestBase {

    static final List<String> STANDARDS = List.of("BEGELEIDING", "LEERPROCES", "LEEROMGEVING", "TOETSING_EN_AFSLUITING");

    @Test
    void anExternalPanelJudgesTheFourStandardsOnTheSelfEvaluations() {
        ApiClient api = api();
        String id = scheduledAndComposed(api);
        for (String standard : STANDARDS) {
            String selfEvaluation = created(api.post("roc", "/panel-reviews/" + id + "/self-evaluations", ApiClient.json()
                    .put("level", "INSTITUTION").put("standardCode", standard).put("measurableOutcomes", "Uitval 6%")
                    .put("noticeableOutcomes", "Studenten voelen zich gezien").put("text", "Zelfevaluatie " + standard)));
            ObjectNode judgement = ApiClient.json().put("standardCode", standard).put("value", "OP_REFERENTIEWAARDE")
                    .put("rationale", "Onderbouwd in de zelfevaluatie en het gesprek");
            judgement.putArray("selfEvaluationIds").add(selfEvaluation);
            ok(api.post("panelist", "/panel-reviews/" + id + "/judgements", judgement));
        }
        Response byMember = api.post("panelist", "/panel-reviews/" + id + "/report", ApiClient.json().put("reportText", "x"));
        assertThat(byMember.status()).isEqualTo(403);
        assertThat(byMember.text("code")).isEqualTo("only-chair");
        long issued = ok(api.post("panel-chair", "/panel-reviews/" + id + "/report",
                ApiClient.json().put("reportText", "Rapport van het panel")));
        String reportDigest = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("roc", "/panel-reviews/" + id),
                r -> r.status() == 200 && r.body().path("version").asLong() >= issued).body()
                .path("report").path("reportDigest").asText();
        Response uncited = api.post("roc", "/panel-reviews/" + id + "/reaction",
                ApiClient.json().put("reaction", "Reactie van het college"));
        assertThat(uncited.status()).as(uncited.raw()).isEqualTo(400);
        assertThat(uncited.text("code")).isEqualTo("approved-digest-required");
        Response stale = api.post("roc", "/panel-reviews/" + id + "/reaction",
                ApiClient.json().put("reaction", "Reactie van het college").put("approvedDigest", "0".repeat(64)));
        assertThat(stale.status()).as(stale.raw()).isEqualTo(409);
        assertThat(stale.text("code")).isEqualTo("stale-content");
        ok(api.post("roc", "/panel-reviews/" + id + "/reaction", ApiClient.json().put("reaction", "Reactie van het college")
                .put("approvedDigest", reportDigest)));
        long version = ok(api.post("panel-chair", "/panel-reviews/" + id + "/publication",
                ApiClient.json().put("summary", "Het panel waardeert de begeleiding")));

        JsonNode full = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("roc", "/panel-reviews/" + id),
                r -> r.status() == 200 && r.body().path("version").asLong() == version).body();
        assertThat(full.path("judgements").path("LEERPROCES").path("framework").path("version").asText())
                .isEqualTo("2024-proeftuin");
        assertThat(full.path("reaction").path("text").asText()).isEqualTo("Reactie van het college");
        assertThat(full.path("reaction").path("approvedDigest").asText()).isEqualTo(reportDigest).matches("[0-9a-f]{64}");
        assertThat(full.path("reaction").path("stale").asBoolean()).isFalse();

        Response publicView = api.get("inspector", "/panel-reviews/" + id);
        assertThat(publicView.body().path("standardJudgements").path("BEGELEIDING").asText()).isEqualTo("OP_REFERENTIEWAARDE");
        assertThat(publicView.body().path("framework").path("id").asText()).isEqualTo("referentiewaardenmodel-mbo");
        assertThat(publicView.raw()).doesNotContain("Zelfevaluatie", "Reactie van het college", "Wim Werkveld");
        assertThat(api.get("panelist", "/panel-reviews/" + id + "/trail").body().findValuesAsText("eventType"))
                .startsWith("PanelReviewScheduled", "PanelComposed", "SelfEvaluationSubmitted", "PanelStandardJudged")
                .endsWith("PanelReportIssued", "PanelReportReactedTo", "PanelReportPublished");
    }

    @Test
    void aJudgementWithoutSelfEvaluationIsRefusedAndChangesNothing() {
        ApiClient api = api();
        String id = scheduledAndComposed(api);
        ObjectNode judgement = ApiClient.json().put("standardCode", "BEGELEIDING").put("value", "OP_REFERENTIEWAARDE")
                .put("rationale", "r");
        judgement.putArray("selfEvaluationIds").add("se-none");
        Response refused = api.post("panelist", "/panel-reviews/" + id + "/judgements", judgement);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("judgement-needs-self-evaluation");
        assertThat(api.get("panelist", "/panel-reviews/" + id + "/trail").body().path("items")).hasSize(2);
    }

    @Test
    void aPanelReviewOnAnotherFrameworkIsRefused() {
        Response refused = api().post("admin", "/panel-reviews", schedule("kwaliteitsnetwerk-instellingsaudit", "2013"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("unknown-framework");
    }

    /** The case on a panel: an expert of "Business Marketing Services B.V.", no code, on 29WT's panel. */
    @Test
    void aPanelMemberOfTheInstitutionNamedByItsNameOnlyIsRefusedAndTheReviewKeepsTheRegistersName() {
        ApiClient api = api();
        Response scheduled = api.post("admin", "/panel-reviews", schedule("referentiewaardenmodel-mbo", "2024-proeftuin")
                .put("institutionName", "BM Services"));
        assertThat(scheduled.status()).as(scheduled.raw()).isEqualTo(201);
        String id = scheduled.text("id");
        ObjectNode panel = ApiClient.json();
        panel.set("chair", DialogueJourney.member("panel-chair", "Paula Panel", null, "INDEPENDENT_EXPERT", null)
                .put("affiliation", "Business Marketing Services B.V."));
        panel.putArray("members").add(DialogueJourney.member("panelist", "Wim Werkveld", null, "STAKEHOLDER", "EMPLOYERS"));

        Response refused = api.post("admin", "/panel-reviews/" + id + "/panel", panel);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("assessor-not-independent");
        JsonNode review = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("admin", "/panel-reviews/" + id),
                r -> r.status() == 200).body();
        assertThat(review.path("institution").path("name").asText()).isEqualTo("Business Marketing Services B.V.");
        assertThat(review.path("version").asLong()).as("nothing recorded after the scheduling").isZero();
    }

    @Test
    void theModelsStandardsAndScaleAreServed() {
        Response frameworks = api().get("panelist", "/frameworks");
        assertThat(frameworks.status()).isEqualTo(200);
        JsonNode model = frameworks.body().findParents("id").stream()
                .filter(f -> f.path("id").asText().equals("referentiewaardenmodel-mbo")).findFirst().orElseThrow();
        assertThat(model.path("standards").findValuesAsText("code")).containsExactlyElementsOf(STANDARDS);
        assertThat(model.path("standardScale").findValuesAsText("code")).contains("OP_REFERENTIEWAARDE");
    }

    private static String scheduledAndComposed(ApiClient api) {
        Response scheduled = api.post("admin", "/panel-reviews", schedule("referentiewaardenmodel-mbo", "2024-proeftuin"));
        assertThat(scheduled.status()).as(scheduled.raw()).isEqualTo(201);
        String id = scheduled.text("id");
        ObjectNode panel = ApiClient.json();
        panel.set("chair", DialogueJourney.member("panel-chair", "Paula Panel", null, "INDEPENDENT_EXPERT", null));
        panel.putArray("members").add(DialogueJourney.member("panelist", "Wim Werkveld", null, "STAKEHOLDER", "EMPLOYERS"));
        long version = ok(api.post("admin", "/panel-reviews/" + id + "/panel", panel));
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("panelist", "/panel-reviews/" + id),
                r -> r.status() == 200 && r.body().path("version").asLong() == version);
        return id;
    }

    private static ObjectNode schedule(String framework, String version) {
        return ApiClient.json().put("institutionCode", "29WT").put("boardNumber", 21274)
                .put("institutionName", "Business Marketing Services B.V.")
                .put("frameworkId", framework).put("frameworkVersion", version).put("plannedDate", DialogueJourney.inDays(300));
    }

    private static long ok(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("version").asLong();
    }

    private static String created(Response response) {
        ok(response);
        return response.text("createdId");
    }
}
