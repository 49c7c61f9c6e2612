package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.Pages;
import nl.kwaliteitsnetwerk.ledger.testsupport.Refusals;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A dialogue or review the caller may not see is, to commands as to reads, exactly an unknown id: the
 * same status, code, title and words, only the id differs. Nothing tells a hidden record from none.
 */
class UniformNotFoundTest extends ServiceTestBase {

    @Test
    void anotherInstitutionIsToldADialogueInPreparationDoesNotExist() {
        ApiClient api = api();
        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed().sessionHeld().observed().drafted();
        ObjectNode reaction = ApiClient.json().put("reaction", "Niet de onze.");
        assertAnsweredAsUnknown(api, "other-roc", "/dialogues/%s/reaction", reaction, dialogue.dialogueId, null);
        assertAnsweredAsUnknown(api, "other-roc", "/dialogues/%s/reaction", reaction, dialogue.dialogueId, "\"0\"");
        assertAnsweredAsUnknown(api, "other-roc", "/dialogues/%s/reaction", reaction, dialogue.dialogueId, "\"999\"");
        assertAnsweredAsUnknown(api, "other-roc", "/dialogues/%s/documents",
                ApiClient.json().put("title", "Jaarplan").put("reference", "sharepoint://jaarplan"), dialogue.dialogueId, null);
        awaitVisibleTo(api, "roc", "/dialogues/" + dialogue.dialogueId);
        assertAnsweredAsUnknown(api, "other-roc", "/dialogues/%s", null, dialogue.dialogueId, null);
        assertThat(Pages.all(api, "roc", "/dialogues/" + dialogue.dialogueId + "/trail"))
                .as("the refused commands recorded nothing: one event per version it had").hasSize((int) dialogue.version + 1);
    }

    @Test
    void anotherInstitutionIsToldAPanelReviewBeforeItsPublicationDoesNotExist() {
        ApiClient api = api();
        String review = created(api.post("admin", "/panel-reviews", ApiClient.json().put("institutionCode", "29WT")
                .put("boardNumber", 21274).put("institutionName", "Business Marketing Services B.V.")
                .put("frameworkId", "referentiewaardenmodel-mbo").put("frameworkVersion", "2024-proeftuin")
                .put("plannedDate", DialogueJourney.inDays(300))));
        ObjectNode selfEvaluation = ApiClient.json().put("level", "INSTITUTION").put("standardCode", "BEGELEIDING")
                .put("measurableOutcomes", "Uitval 6%").put("noticeableOutcomes", "Gezien").put("text", "Zelfevaluatie");
        assertAnsweredAsUnknown(api, "other-roc", "/panel-reviews/%s/self-evaluations", selfEvaluation, review, null);
        assertAnsweredAsUnknown(api, "panelist", "/panel-reviews/%s/report",
                ApiClient.json().put("reportText", "Rapport"), review, null);
        awaitVisibleTo(api, "roc", "/panel-reviews/" + review);
        assertAnsweredAsUnknown(api, "other-roc", "/panel-reviews/%s", null, review, null);
    }

    @Test
    void anotherProcessGuideIsToldAPeerReviewDoesNotExist() {
        ApiClient api = api();
        ObjectNode start = ApiClient.json().put("title", "Carrousel examinering");
        start.set("processGuide", DialogueJourney.member("another-guide", "Ad Andere Gids", null, "NETWORK", null));
        ArrayNode teams = start.putArray("teams");
        team(teams.addObject(), "zorg", "29WT", 21274, "Business Marketing Services B.V.");
        team(teams.addObject(), "techniek", "25LH", 30105, "ROC Elders");
        String review = created(api.post("admin", "/peer-reviews", start));
        ObjectNode session = ApiClient.json().put("hostTeamId", "zorg").put("discussed", "Examinering");
        session.putArray("visitingTeamIds").add("techniek");
        session.putArray("participants").addObject().put("category", "TEACHERS").put("count", 4).put("mode", "ASSESSING");
        assertAnsweredAsUnknown(api, "guide", "/peer-reviews/%s/sessions", session, review, null);
        assertAnsweredAsUnknown(api, "guide", "/peer-reviews/%s/completion", ApiClient.json(), review, null);
        awaitVisibleTo(api, "roc", "/peer-reviews/" + review);
        assertAnsweredAsUnknown(api, "guide", "/peer-reviews/%s", null, review, null);
    }

    /** The same request on the hidden id and on a random one: one answer, but for the id it names. */
    private static void assertAnsweredAsUnknown(ApiClient api, String user, String template, ObjectNode body,
                                                String hiddenId, String ifMatch) {
        String randomId = UUID.randomUUID().toString();
        Refusals.assertAnsweredAsUnknown(send(api, user, template.formatted(hiddenId), body, ifMatch), hiddenId,
                send(api, user, template.formatted(randomId), body, ifMatch), randomId);
    }

    private static Response send(ApiClient api, String user, String path, ObjectNode body, String ifMatch) {
        return body == null ? api.get(user, path) : api.post(user, path, body, ifMatch);
    }

    private static void awaitVisibleTo(ApiClient api, String user, String path) {
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get(user, path).status() == 200);
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.text("id");
    }

    private static void team(ObjectNode team, String id, String code, int board, String institution) {
        team.put("teamId", id).put("name", "Team " + id).put("level", "PROGRAMME")
                .put("researchQuestion", "Hoe betrekken wij het werkveld bij het examineren van onze studenten, om ons examenplan bij te stellen?")
                .putObject("institution").put("code", code).put("boardNumber", board).put("name", institution);
    }
}
