package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.Refusals;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The id of a dialogue, a panel review or a peer review names that record only: in the address of another kind
 * it is an id never used, on commands (whatever If-Match they carry) as on reads, answered exactly as a random
 * id is. Each record here is one the caller may see, so nothing but its kind tells the answers apart.
 */
class IdOfAnotherKindApiTest extends ServiceTestBase {

    private ApiClient api;
    private String dialogue;
    private String panelReview;
    private String peerReview;

    /** A dialogue, a panel review and a peer review of Business Marketing Services B.V. (29WT), which it may see, each read back first. */
    @BeforeEach
    void oneRecordOfEachKind() {
        api = api();
        dialogue = DialogueJourney.open(api).committeeAppointed().dialogueId;
        panelReview = created(api.post("admin", "/panel-reviews", ApiClient.json().put("institutionCode", "29WT")
                .put("boardNumber", 21274).put("institutionName", "Business Marketing Services B.V.")
                .put("frameworkId", "referentiewaardenmodel-mbo").put("frameworkVersion", "2024-proeftuin")
                .put("plannedDate", DialogueJourney.inDays(300))));
        peerReview = created(api.post("admin", "/peer-reviews", peerReviewOfTwoTeams()));
        for (String path : new String[] {"/dialogues/" + dialogue, "/panel-reviews/" + panelReview,
                "/peer-reviews/" + peerReview}) {
            await().atMost(Duration.ofSeconds(20)).until(() -> api.get("roc", path).status() == 200);
        }
    }

    @Test
    void aPanelReviewsOrAPeerReviewsIdIsNoDialogue() {
        for (String other : new String[] {panelReview, peerReview}) {
            commandsAnsweredAsUnknown("roc", "/dialogues/%s/reaction", ApiClient.json().put("reaction", "Herkenbaar."), other);
            commandsAnsweredAsUnknown("roc", "/dialogues/%s/documents",
                    ApiClient.json().put("title", "Jaarplan").put("reference", "sharepoint://jaarplan"), other);
            commandsAnsweredAsUnknown("admin", "/dialogues/%s/committee", committee(), other);
            readsAnsweredAsUnknown("roc", other, "/dialogues/%s", "/dialogues/%s/trail", "/dialogues/%s/stakeholders",
                    "/dialogues/%s?asOf=2030-01-01T00:00:00Z");
        }
    }

    @Test
    void aDialoguesOrAPeerReviewsIdIsNoPanelReview() {
        for (String other : new String[] {dialogue, peerReview}) {
            commandsAnsweredAsUnknown("roc", "/panel-reviews/%s/self-evaluations", selfEvaluation(), other);
            commandsAnsweredAsUnknown("roc", "/panel-reviews/%s/reaction", ApiClient.json().put("reaction", "Herkenbaar."),
                    other);
            commandsAnsweredAsUnknown("admin", "/panel-reviews/%s/panel", panel(), other);
            readsAnsweredAsUnknown("roc", other, "/panel-reviews/%s", "/panel-reviews/%s/trail");
        }
    }

    @Test
    void aDialoguesOrAPanelReviewsIdIsNoPeerReview() {
        for (String other : new String[] {dialogue, panelReview}) {
            commandsAnsweredAsUnknown("guide", "/peer-reviews/%s/sessions", session(), other);
            commandsAnsweredAsUnknown("guide", "/peer-reviews/%s/teams/zorg/report",
                    ApiClient.json().put("outcomes", "Vaste begeleider").put("reportText", "Rapport"), other);
            commandsAnsweredAsUnknown("guide", "/peer-reviews/%s/completion", ApiClient.json(), other);
            readsAnsweredAsUnknown("roc", other, "/peer-reviews/%s", "/peer-reviews/%s/trail");
        }
    }

    /** Without If-Match, with the record's own version (0) and with one ahead of it. */
    private void commandsAnsweredAsUnknown(String user, String template, ObjectNode body, String otherKindId) {
        for (String ifMatch : Arrays.asList(null, "\"0\"", "\"7\"")) {
            String randomId = UUID.randomUUID().toString();
            Refusals.assertAnsweredAsUnknown(api.post(user, template.formatted(otherKindId), body, ifMatch), otherKindId,
                    api.post(user, template.formatted(randomId), body, ifMatch), randomId);
        }
    }

    private void readsAnsweredAsUnknown(String user, String otherKindId, String... templates) {
        for (String template : templates) {
            String randomId = UUID.randomUUID().toString();
            Refusals.assertAnsweredAsUnknown(api.get(user, template.formatted(otherKindId)), otherKindId,
                    api.get(user, template.formatted(randomId)), randomId);
        }
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.text("id");
    }

    private static ObjectNode committee() {
        ObjectNode body = ApiClient.json();
        body.set("chair", member("chair", "Carla Voorzitter", null, "NETWORK", null));
        body.set("secretary", member("secretary", "Siem Secretaris", null, "NETWORK", null));
        body.putArray("members").add(member("student", "Sam Student", null, "STAKEHOLDER", "STUDENTS"));
        return body;
    }

    private static ObjectNode panel() {
        ObjectNode body = ApiClient.json();
        body.set("chair", member("panel-chair", "Paula Panel", null, "INDEPENDENT_EXPERT", null));
        body.putArray("members").add(member("panelist", "Wim Werkveld", null, "STAKEHOLDER", "EMPLOYERS"));
        return body;
    }

    private static ObjectNode selfEvaluation() {
        return ApiClient.json().put("level", "INSTITUTION").put("standardCode", "BEGELEIDING")
                .put("measurableOutcomes", "Uitval 6%").put("noticeableOutcomes", "Gezien").put("text", "Zelfevaluatie");
    }

    private static ObjectNode session() {
        ObjectNode session = ApiClient.json().put("hostTeamId", "zorg").put("discussed", "Examinering");
        session.putArray("visitingTeamIds").add("techniek");
        session.putArray("participants").addObject().put("category", "TEACHERS").put("count", 4).put("mode", "ASSESSING");
        return session;
    }

    private static ObjectNode peerReviewOfTwoTeams() {
        ObjectNode start = ApiClient.json().put("title", "Carrousel examinering");
        start.set("processGuide", member("guide", "Gerda Gids", null, "NETWORK", null));
        ArrayNode teams = start.putArray("teams");
        team(teams.addObject(), "zorg", "29WT", 21274, "Business Marketing Services B.V.");
        team(teams.addObject(), "techniek", "25LH", 30105, "ROC Elders");
        return start;
    }

    private static void team(ObjectNode team, String id, String code, int board, String institution) {
        team.put("teamId", id).put("name", "Team " + id).put("level", "PROGRAMME")
                .put("researchQuestion", "Hoe betrekken wij het werkveld bij het examineren van onze studenten, om ons examenplan bij te stellen?")
                .putObject("institution").put("code", code).put("boardNumber", board).put("name", institution);
    }
}
