package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.Pages;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A whole institutional dialogue through the HTTP API, and what each reader then gets to see. */
class DialogueApiTest extends ServiceTestBase {

    @Test
    void aWholeDialogueFromQuestionToCompletedAgenda() {
        ApiClient api = api();
        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed().prepared().sessionHeld().observed()
                .drafted().reacted().finalised().published().adopted(inDays(90));
        Response completed = api.post("roc", path(dialogue, "/agenda/" + dialogue.agendaItemId + "/completion"),
                ApiClient.json().put("evidence", "Verslagen van alle teams"));
        assertThat(completed.status()).as(completed.raw()).isEqualTo(200);

        JsonNode full = awaitVersion(api, "roc", dialogue, completed.body().path("version").asLong());
        assertThat(full.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(full.path("drafts")).hasSize(1);
        assertThat(full.path("drafts").get(0).path("reaction").path("text").asText()).startsWith("Herkenbaar");
        assertThat(full.path("drafts").get(0).path("reaction").path("answer").asText())
                .as("the final report answered the reaction").isEqualTo(DialogueJourney.REACTION_ANSWER);
        assertThat(full.path("finalReport").path("recommendations").get(0).path("recommendationId").asText()).isEqualTo("R1");
        assertThat(full.path("agenda").get(0).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(full.path("preparation")).hasSize(2);

        JsonNode mix = api.get("inspector", path(dialogue, "/stakeholders")).body();
        assertThat(groups(mix)).containsExactly("TEACHERS:1:6:0:0", "STUDENTS:1:8:4:1", "EMPLOYERS:1:2:0:0", "PEERS:0:0:0:1");

        List<String> trail = new ArrayList<>();
        api.get("chair", path(dialogue, "/trail")).body().path("items").forEach(e -> trail.add(e.path("eventType").asText()));
        assertThat(trail).startsWith("DialogueOpened", "DialogueCommitteeAppointed", "QuestionnaireRecorded", "DocumentShared",
                "SessionPlanned", "SessionHeld").endsWith("RecommendationAdopted", "AgendaItemCompleted");
    }

    @Test
    void thePublicSeesThePublishedReportButNoDraftsReactionsObservationsOrOwners() {
        ApiClient api = api();
        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed().sessionHeld().observed().drafted()
                .reacted().finalised().published().adopted(inDays(90));
        awaitVersion(api, "roc", dialogue, dialogue.version);

        Response read = api.get("inspector", path(dialogue, ""));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("summary").asText()).startsWith("Studenten denken mee");
        assertThat(read.body().path("conclusions").path("PROFESSIONAL").asText()).isNotBlank();
        assertThat(read.raw()).doesNotContain("Herkenbaar", "Docenten vragen studenten", "directeur onderwijs",
                "\"drafts\"", "\"observations\"", "Pien Peer");
        String agenda = Pages.all(api, "inspector", "/development-agenda?institution=29WT").toString();
        assertThat(agenda).contains(dialogue.agendaItemId).doesNotContain("directeur onderwijs");
        assertThat(api.get("inspector", path(dialogue, "/trail")).status()).isEqualTo(403);
        assertThat(Pages.all(api, "roc", "/development-agenda?institution=29WT").toString()).contains("directeur onderwijs");
    }

    @Test
    void draftsAreForTheCommitteeAndTheInstitutionOnly() {
        ApiClient api = api();
        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed().sessionHeld().observed().drafted();
        awaitVersion(api, "roc", dialogue, dialogue.version);

        for (String reader : List.of("roc", "chair", "secretary", "peer")) {
            assertThat(api.get(reader, path(dialogue, "")).body().path("drafts")).as(reader).hasSize(1);
        }
        for (String outsider : List.of("other-roc", "committee", "inspector", "lead", "guide", "panelist")) {
            Response refused = api.get(outsider, path(dialogue, ""));
            assertThat(refused.status()).as(outsider).isEqualTo(404);
            assertThat(refused.isProblem()).isTrue();
        }
        Response admin = api.get("admin", path(dialogue, ""));
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.raw()).contains("Carla Voorzitter").doesNotContain("drafts", "Teams voeren het gesprek");
        assertThat(Pages.values(api, "committee", "/dialogues?institution=29WT", "dialogueId")).doesNotContain(dialogue.dialogueId);
        assertThat(Pages.values(api, "roc", "/dialogues?institution=29WT", "dialogueId")).contains(dialogue.dialogueId);
    }

    @Test
    void theValidationCommitteeReadsTheWholeFinalReport() {
        ApiClient api = api();
        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed().sessionHeld().observed().drafted()
                .reacted().finalised();
        awaitVersion(api, "roc", dialogue, dialogue.version);
        Response read = api.get("committee", path(dialogue, ""));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("observations")).hasSize(2);
        assertThat(api.get("committee", path(dialogue, "/trail")).status()).isEqualTo(200);
        assertThat(api.get("inspector", path(dialogue, "")).status()).as("final but not published").isEqualTo(404);
    }

    @Test
    void aDialogueAsItStoodAtAPastInstant() {
        ApiClient api = api();
        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed().sessionHeld().observed();
        Instant beforeDraft = clock.instant();
        clock.advance(Duration.ofDays(3));
        dialogue.drafted();
        awaitVersion(api, "chair", dialogue, dialogue.version);

        Response then = api.get("chair", path(dialogue, "?asOf=" + beforeDraft));
        assertThat(then.status()).as(then.raw()).isEqualTo(200);
        assertThat(then.body().path("status").asText()).isEqualTo("IN_DIALOGUE");
        assertThat(then.body().path("drafts")).isEmpty();
        Response before = api.get("chair", path(dialogue, "?asOf=2000-01-01T00:00:00Z"));
        assertThat(before.status()).isEqualTo(404);
    }

    @Test
    void aPastInstantIsShownAsMuchAsTheCallerMaySeeNow() {
        ApiClient api = api();
        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed().sessionHeld().observed().drafted();
        Instant drafted = clock.instant();
        clock.advance(Duration.ofDays(2));
        dialogue.reacted();
        awaitVersion(api, "roc", dialogue, dialogue.version);
        Response administrator = api.get("admin", path(dialogue, "?asOf=" + drafted));
        assertThat(administrator.status()).as(administrator.raw()).isEqualTo(200);
        assertThat(administrator.body().path("status").asText()).isEqualTo("REPORT_DRAFTED");
        assertThat(administrator.raw()).contains("Carla Voorzitter")
                .doesNotContain("Teams voeren het gesprek", "\"observations\"", "\"drafts\"");

        dialogue.finalised();
        Instant finalised = clock.instant();
        clock.advance(Duration.ofDays(2));
        dialogue.published();
        awaitVersion(api, "roc", dialogue, dialogue.version);
        Response publicThen = api.get("inspector", path(dialogue, "?asOf=" + finalised));
        Response unknown = api.get("inspector", "/dialogues/no-such-dialogue?asOf=" + finalised);
        assertThat(publicThen.status()).as("not yet public then").isEqualTo(404);
        assertThat(publicThen.text("code")).isEqualTo(unknown.text("code")).isEqualTo("not-found");
        assertThat(publicThen.text("detail").replace(dialogue.dialogueId, "<id>"))
                .isEqualTo(unknown.text("detail").replace("no-such-dialogue", "<id>"));

        Response publicNow = api.get("inspector", path(dialogue, "?asOf=" + clock.instant()));
        assertThat(publicNow.status()).as(publicNow.raw()).isEqualTo(200);
        assertThat(publicNow.body().path("summary").asText()).startsWith("Studenten denken mee");
        assertThat(publicNow.raw()).doesNotContain("\"observations\"", "\"drafts\"", "Herkenbaar");
    }

    @Test
    void badInputIsAnsweredWithAProblemAndChangesNothing() {
        ApiClient api = api();
        Response generic = api.post("roc", "/dialogues", ApiClient.json().put("institutionCode", "29WT")
                .put("boardNumber", 21274).put("institutionName", "Business Marketing Services B.V.")
                .put("question", "Hoe is onze kwaliteit?")
                .put("theme", "Kwaliteit").put("plannedDate", DialogueJourney.inDays(180)));
        assertThat(generic.status()).isEqualTo(400);
        assertThat(generic.isProblem()).isTrue();
        assertThat(generic.text("code")).isEqualTo("question-not-specific");

        Response missing = api.post("roc", "/dialogues", ApiClient.json().put("institutionCode", "29WT"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.isProblem()).isTrue();

        Response forOther = api.post("other-roc", "/dialogues", ApiClient.json().put("institutionCode", "29WT")
                .put("boardNumber", 21274).put("institutionName", "Business Marketing Services B.V.")
                .put("question", DialogueJourney.QUESTION)
                .put("theme", "Studentparticipatie").put("plannedDate", DialogueJourney.inDays(180)));
        assertThat(forOther.status()).isEqualTo(403);
        assertThat(forOther.text("code")).isEqualTo("only-own-institution");

        assertThat(api.get("roc", "/dialogues/no-such-dialogue").status()).isEqualTo(404);

        DialogueJourney dialogue = DialogueJourney.open(api);
        Response insider = api.post("admin", path(dialogue, "/committee"), committeeWith(
                DialogueJourney.member("colleague", "Kees Collega", "29WT", "PEER", null)));
        assertThat(insider.status()).isEqualTo(409);
        assertThat(insider.text("code")).isEqualTo("assessor-not-independent");

        dialogue.committeeAppointed();
        Response stale = api.post("admin", path(dialogue, "/committee"), committeeWith(
                DialogueJourney.member("peer", "Pien Peer", "25LH", "PEER", "PEERS")), "\"0\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("code")).isEqualTo("stale-version");
        assertThat(api.post("roc", path(dialogue, "/committee"), ApiClient.json()).status()).isEqualTo(403);
        assertThat(api.get(null, path(dialogue, "")).status()).isEqualTo(401);
    }

    /** Issue 16's weak rules, as a caller meets them: each refusal has its stable code and changes nothing. */
    @Test
    void theSpecificQuestionTheRegisterAndTheAnswerToTheReactionAreRulesOfTheApi() {
        ApiClient api = api();
        ObjectNode open = ApiClient.json().put("institutionCode", "29WT").put("boardNumber", 21274)
                .put("institutionName", "Business Marketing Services B.V.").put("theme", "Kwaliteit")
                .put("plannedDate", DialogueJourney.inDays(180));
        Response general = api.post("roc", "/dialogues", open.deepCopy()
                .put("question", "How can we improve the quality of our education at our school?"));
        assertThat(general.status()).as(general.raw()).isEqualTo(400);
        assertThat(general.text("code")).isEqualTo("question-names-no-subject");
        Response noUse = api.post("roc", "/dialogues", open.deepCopy()
                .put("question", "Hoe betrekken onze teams studenten structureel bij het verbeteren van hun onderwijs?"));
        assertThat(noUse.text("code")).isEqualTo("question-states-no-use");
        Response unregisteredName = api.post("roc", "/dialogues", open.deepCopy().put("institutionName", "ROC Voorbeeld")
                .put("question", DialogueJourney.QUESTION));
        assertThat(unregisteredName.status()).isEqualTo(400);
        assertThat(unregisteredName.text("code")).isEqualTo("institution-mismatch");

        DialogueJourney dialogue = DialogueJourney.open(api);
        ObjectNode byNameOnly = DialogueJourney.member("colleague", "Kees Collega", null, "INDEPENDENT_EXPERT", null)
                .put("affiliation", "Business Marketing Services B.V.");
        Response insider = api.post("admin", path(dialogue, "/committee"), committeeWith(byNameOnly));
        assertThat(insider.status()).as(insider.raw()).isEqualTo(409);
        assertThat(insider.text("code")).isEqualTo("assessor-not-independent");
        Response contradicted = api.post("admin", path(dialogue, "/committee"), committeeWith(
                byNameOnly.deepCopy().put("affiliationInstitutionCode", "25LH")));
        assertThat(contradicted.status()).isEqualTo(400);
        assertThat(contradicted.text("code")).isEqualTo("affiliation-conflict");

        dialogue.committeeAppointed().sessionHeld().observed().drafted().reacted();
        Response unanswered = api.post("chair", path(dialogue, "/final-report"), ApiClient.json());
        assertThat(unanswered.status()).as(unanswered.raw()).isEqualTo(409);
        assertThat(unanswered.text("code")).isEqualTo("reaction-not-answered");
        assertThat(api.postRaw("chair", path(dialogue, "/final-report"), "").text("code")).isEqualTo("reaction-not-answered");
        JsonNode members = awaitVersion(api, "chair", dialogue, dialogue.version).path("members");
        assertThat(members.get(0).path("resolvedInstitutionCode").asText()).as("the peer's ROC Elders is 25LH").isEqualTo("25LH");
    }

    @Test
    void approvalsCiteTheDigestOfTheDraftAndALaterDraftMakesAReactionStale() {
        ApiClient api = api();
        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed().sessionHeld().observed().drafted();
        String first = dialogue.draftDigest();
        Response uncited = api.post("roc", path(dialogue, "/reaction"), ApiClient.json().put("reaction", "Herkenbaar."));
        assertThat(uncited.status()).as(uncited.raw()).isEqualTo(400);
        assertThat(uncited.text("code")).isEqualTo("approved-digest-required");
        Response noDigest = api.post("roc", path(dialogue, "/reaction"), ApiClient.json().put("reaction", "Herkenbaar.")
                .put("approvedDigest", first.toUpperCase(Locale.ROOT)));
        assertThat(noDigest.status()).as("what is no lower-case hex SHA-256 is no digest: " + noDigest.raw()).isEqualTo(400);
        dialogue.reacted();

        ObjectNode redraft = ApiClient.json().put("reactionAnswer", DialogueJourney.REACTION_ANSWER);
        redraft.putObject("conclusions").put("PROFESSIONAL", "Teams voeren het gesprek en leggen het nu per team vast.");
        redraft.putArray("recommendations").addObject().put("lens", "PROFESSIONAL")
                .put("text", "Leg de uitkomst van studentgesprekken per team vast, met een format per team.");
        Response redrafted = api.post("secretary", path(dialogue, "/report-drafts"), redraft);
        assertThat(redrafted.status()).as(redrafted.raw()).isEqualTo(200);
        JsonNode view = awaitVersion(api, "roc", dialogue, redrafted.body().path("version").asLong());
        JsonNode reaction = view.path("drafts").get(0).path("reaction");
        assertThat(reaction.path("approvedDigest").asText()).isEqualTo(first);
        assertThat(reaction.path("stale").asBoolean()).as("the second draft changed the text it approved").isTrue();
        String second = view.path("drafts").get(1).path("reportDigest").asText();
        assertThat(second).matches("[0-9a-f]{64}").isNotEqualTo(first);

        Response staleReaction = api.post("roc", path(dialogue, "/reaction"), ApiClient.json()
                .put("reaction", "Nog steeds herkenbaar.").put("approvedDigest", first));
        assertThat(staleReaction.status()).as(staleReaction.raw()).isEqualTo(409);
        assertThat(staleReaction.text("code")).isEqualTo("stale-content");
    }

    @Test
    void theOpenApiDocumentAndTheMetricsDescribeTheService() {
        ApiClient api = api();
        DialogueJourney.open(api).committeeAppointed();
        Response document = api.get(null, "/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().path("paths").has("/dialogues/{dialogueId}/report-drafts")).isTrue();
        assertThat(document.body().path("paths").has("/panel-reviews/{panelReviewId}/judgements")).isTrue();
        assertThat(document.body().path("paths").has("/peer-reviews/{peerReviewId}/teams/{teamId}/report")).isTrue();

        assertThat(api.get("roc", "/actuator/prometheus").status()).isEqualTo(403);
        Response metrics = api.get("admin", "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw()).contains("commandBus_successCounter_total", "payloadType=\"AppointDialogueCommittee\"",
                "eventProcessor_latency", "processorName=\"dialogue-views\"");
    }

    @Test
    void overdueAgendaItemsShow() {
        ApiClient api = api();
        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed().sessionHeld().observed().drafted()
                .reacted().finalised().adopted(inDays(10));
        awaitVersion(api, "roc", dialogue, dialogue.version);
        assertThat(Pages.values(api, "roc", "/development-agenda?overdueOnly=true", "agendaItemId"))
                .doesNotContain(dialogue.agendaItemId);
        clock.advance(Duration.ofDays(11));
        assertThat(Pages.values(api, "roc", "/development-agenda?overdueOnly=true", "agendaItemId"))
                .contains(dialogue.agendaItemId);
    }

    private static ObjectNode committeeWith(ObjectNode member) {
        ObjectNode body = ApiClient.json();
        body.set("chair", DialogueJourney.member("chair", "Carla Voorzitter", null, "NETWORK", null));
        body.set("secretary", DialogueJourney.member("secretary", "Siem Secretaris", null, "NETWORK", null));
        body.putArray("members").add(member);
        return body;
    }

    private String inDays(int days) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(days).toString();
    }

    private static String path(DialogueJourney dialogue, String rest) {
        return "/dialogues/" + dialogue.dialogueId + rest;
    }

    private static JsonNode awaitVersion(ApiClient api, String user, DialogueJourney dialogue, long version) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> api.get(user, path(dialogue, "")),
                r -> r.status() == 200 && r.body().path("version").asLong() >= version).body();
    }

    private static List<String> groups(JsonNode mix) {
        List<String> groups = new ArrayList<>();
        mix.path("groups").forEach(g -> groups.add(g.path("category").asText() + ":" + g.path("sessions").asInt() + ":"
                + g.path("consulted").asInt() + ":" + g.path("assessing").asInt() + ":" + g.path("committeeMembers").asInt()));
        return groups;
    }
}
