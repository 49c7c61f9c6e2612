package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.testsupport.Refusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits of what a request may hold: single-line names, titles and codes without line breaks or
 * text-direction characters, a maximum length for each (in the OpenAPI document too), dates in the
 * window a dialogue or review can use, and bounded numbers. Each breach is 400 naming the field.
 */
class FieldLimitsTest extends ServiceTestBase {

    @Test
    void aTextDirectionOverrideOrALineBreakInASingleLineFieldIsRefusedNamingIt() {
        ApiClient api = api();
        assertRefusedNaming(api.post("roc", "/dialogues", openDialogue().put("theme", "Student\u202Eparticipatie")), "theme");
        assertRefusedNaming(api.post("roc", "/dialogues", openDialogue().put("institutionName", "ROC\u2066 Voorbeeld")),
                "institutionName");
        assertRefusedNaming(api.post("roc", "/dialogues", openDialogue().put("theme", "Student\nparticipatie")), "theme");
        assertRefusedNaming(api.post("roc", "/dialogues", openDialogue().put("institutionName", "ROC\r\nVoorbeeld")),
                "institutionName");

        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed();
        assertRefusedNaming(api.post("roc", "/dialogues/" + dialogue.dialogueId + "/documents", ApiClient.json()
                .put("title", "Jaar\tplan").put("reference", "sharepoint://jaarplan")), "title");
        ObjectNode committee = ApiClient.json();
        committee.set("chair", DialogueJourney.member("chair", "Carla\u202E Voorzitter", null, "NETWORK", null));
        committee.set("secretary", DialogueJourney.member("secretary", "Siem Secretaris", null, "NETWORK", null));
        committee.putArray("members");
        assertRefusedNaming(api.post("admin", "/dialogues/" + dialogue.dialogueId + "/committee", committee), "chair.name");
    }

    @Test
    void aMultiLineFreeTextKeepsItsLineBreaks() {
        ApiClient api = api();
        Response opened = api.post("roc", "/dialogues", openDialogue().put("question", DialogueJourney.QUESTION
                + "\nEn wat leren de teams daarvan voor het volgende jaar?"));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
    }

    @Test
    void aTextLongerThanItsFieldTakesIsRefused() {
        ApiClient api = api();
        assertRefusedNaming(api.post("roc", "/dialogues", openDialogue().put("theme", "t".repeat(201))), "theme");
        assertRefusedNaming(api.post("roc", "/dialogues", openDialogue().put("institutionCode", "A".repeat(101))),
                "institutionCode");
        Response longest = api.post("roc", "/dialogues", openDialogue().put("theme", "t".repeat(200)));
        assertThat(longest.status()).as(longest.raw()).isEqualTo(201);
    }

    @Test
    void aPlannedDateOutsideTheWindowOfADialogueIsRefused() {
        ApiClient api = api();
        for (String date : List.of("+99999-01-01", "1900-01-01", DialogueJourney.inDays(-400), DialogueJourney.inDays(6 * 366))) {
            assertRefusedNaming(api.post("roc", "/dialogues", openDialogue().put("plannedDate", date)), "plannedDate");
            assertRefusedNaming(api.post("admin", "/panel-reviews", ApiClient.json().put("institutionCode", "29WT")
                    .put("boardNumber", 21274).put("institutionName", "Business Marketing Services B.V.")
                    .put("frameworkId", "referentiewaardenmodel-mbo").put("frameworkVersion", "2024-proeftuin")
                    .put("plannedDate", date)), "plannedDate");
        }
        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed();
        assertRefusedNaming(api.post("secretary", "/dialogues/" + dialogue.dialogueId + "/sessions",
                ApiClient.json().put("date", "1900-01-01").put("topic", "Werkveld")), "date");
    }

    @Test
    void aBoardNumberOrACountOutOfRangeIsRefused() {
        ApiClient api = api();
        assertRefusedNaming(api.post("roc", "/dialogues", openDialogue().put("boardNumber", 0)), "boardNumber");
        assertRefusedNaming(api.post("roc", "/dialogues", openDialogue().put("boardNumber", 10_000_000)), "boardNumber");
        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed();
        assertRefusedNaming(api.post("secretary", "/dialogues/" + dialogue.dialogueId + "/questionnaires", ApiClient.json()
                .put("title", "Enquête").put("respondents", 2_000_000).put("responseSummary", "Veel")), "respondents");
    }

    /** A bidi override or mark, a line break (percent-encoded in the query) or more than a code's length. */
    @Test
    void anInstitutionFilterOfMoreThanOneLineOrTooLongIsRefusedNamingTheParameter() {
        ApiClient api = api();
        for (String institution : List.of("29%E2%80%AEWT", "29%0AWT", "29WT%E2%80%8F", "X".repeat(101))) {
            for (String list : List.of("/dialogues", "/development-agenda", "/panel-reviews", "/peer-reviews")) {
                assertRefusedNaming(api.get("inspector", list + "?institution=" + institution), "institution");
            }
        }
        assertThat(api.get("inspector", "/peer-reviews?institution=" + "X".repeat(100)).status()).as("a code's length")
                .isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentShowsEachLimit() {
        JsonNode schemas = api().get(null, "/v3/api-docs").body().path("components").path("schemas");
        assertThat(schemas.path("OpenDialogueRequest").path("properties").path("theme").path("maxLength").asInt()).isEqualTo(200);
        assertThat(schemas.path("OpenDialogueRequest").path("properties").path("institutionCode").path("maxLength").asInt())
                .isEqualTo(100);
        assertThat(schemas.path("OpenDialogueRequest").path("properties").path("question").path("maxLength").asInt())
                .isEqualTo(2_000);
        assertThat(schemas.path("OpenDialogueRequest").path("properties").path("boardNumber").path("maximum").asInt())
                .isEqualTo(999_999);
        assertThat(schemas.path("DocumentRequest").path("properties").path("reference").path("maxLength").asInt())
                .isEqualTo(500);
        assertThat(schemas.path("AssessorRequest").path("properties").path("name").path("maxLength").asInt()).isEqualTo(200);
        assertThat(schemas.path("PanelReviewCommandJudgementRequest").path("properties").path("selfEvaluationIds")
                .path("items").path("maxLength").asInt()).isEqualTo(100);
        assertThat(schemas.path("DocumentRequest").path("properties").path("title").path("maxLength").asInt()).isEqualTo(200);
    }

    private static ObjectNode openDialogue() {
        return ApiClient.json().put("institutionCode", "29WT").put("boardNumber", 21274)
                .put("institutionName", "Business Marketing Services B.V.").put("question", DialogueJourney.QUESTION)
                .put("theme", "Studentparticipatie").put("plannedDate", DialogueJourney.inDays(180));
    }
}
