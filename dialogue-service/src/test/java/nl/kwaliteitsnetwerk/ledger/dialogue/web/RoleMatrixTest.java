package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, user by user, against the roles each endpoint states and the rules of each dialogue
 * or review. A refused call answers 403 (wrong role, or a rule of this dialogue) or, to whoever may not
 * even see the dialogue or review, 404 as for an unknown id; either way it changes nothing.
 */
class RoleMatrixTest extends ServiceTestBase {

    private static final List<String> EVERYONE = List.of("admin", "lead", "auditor", "roc", "other-roc", "council",
            "committee", "inspector", "chair", "secretary", "peer", "guide", "panel-chair", "panelist");

    @Test
    void onlyTheNetworkAndTheInstitutionItselfOpenADialogue() {
        ApiClient api = api();
        SoftAssertions soft = new SoftAssertions();
        for (String user : EVERYONE) {
            int status = api.post(user, "/dialogues", ApiClient.json().put("institutionCode", "29WT")
                    .put("boardNumber", 21274).put("institutionName", "Business Marketing Services B.V.")
                    .put("question", DialogueJourney.QUESTION)
                    .put("theme", "Studentparticipatie").put("plannedDate", DialogueJourney.inDays(180))).status();
            soft.assertThat(status).as(user).isEqualTo(List.of("admin", "roc").contains(user) ? 201 : 403);
        }
        soft.assertAll();
    }

    @Test
    void onlyTheChairOrSecretaryOfThisDialoguePlansSessions() {
        DialogueJourney dialogue = DialogueJourney.open(api()).committeeAppointed();
        assertOnly(dialogue, "/sessions", ApiClient.json().put("date", DialogueJourney.inDays(180)).put("topic", "Werkveld"),
                List.of("chair", "secretary"));
    }

    @Test
    void onlyTheCommitteeObserves() {
        DialogueJourney dialogue = DialogueJourney.open(api()).committeeAppointed().sessionHeld();
        assertOnly(dialogue, "/observations", ApiClient.json().put("sessionId", dialogue.sessionId)
                .put("lens", "ORGANISING").put("text", "Roosters knellen."), List.of("chair", "secretary", "peer"));
    }

    @Test
    void onlyTheInstitutionReactsToTheDraft() {
        DialogueJourney dialogue = DialogueJourney.open(api()).committeeAppointed().sessionHeld().observed().drafted();
        assertOnly(dialogue, "/reaction", ApiClient.json().put("reaction", "Herkenbaar.")
                .put("approvedDigest", dialogue.draftDigest()), List.of("roc"),
                List.of("other-roc"));
    }

    @Test
    void onlyTheChairFinalises() {
        DialogueJourney dialogue = DialogueJourney.open(api()).committeeAppointed().sessionHeld().observed().drafted().reacted();
        assertOnly(dialogue, "/final-report", ApiClient.json().put("reactionAnswer", DialogueJourney.REACTION_ANSWER)
                        .put("approvedDigest", dialogue.draftDigest()),
                List.of("chair"));
    }

    @Test
    void onlyTheInstitutionSubmitsSelfEvaluationsAndOnlyThePanelJudges() {
        String review = panelReview();
        ApiClient api = api();
        String selfEvaluation = api.post("roc", "/panel-reviews/" + review + "/self-evaluations", selfEvaluationBody())
                .text("createdId");
        assertOnly("/panel-reviews/" + review + "/self-evaluations", selfEvaluationBody(), List.of("roc"),
                List.of("other-roc"));
        ObjectNode judgement = ApiClient.json().put("standardCode", "BEGELEIDING").put("value", "OP_REFERENTIEWAARDE")
                .put("rationale", "Onderbouwd");
        judgement.putArray("selfEvaluationIds").add(selfEvaluation);
        assertOnly("/panel-reviews/" + review + "/judgements", judgement, List.of("panelist", "panel-chair"), List.of());
    }

    @Test
    void onlyTheNetworkSchedulesPanelReviewsAndComposesPanels() {
        String review = panelReview();
        SoftAssertions soft = new SoftAssertions();
        for (String user : EVERYONE) {
            if (!user.equals("admin")) {
                soft.assertThat(api().post(user, "/panel-reviews", ApiClient.json()).status()).as(user).isEqualTo(403);
                soft.assertThat(api().post(user, "/panel-reviews/" + review + "/panel", ApiClient.json()).status())
                        .as(user).isEqualTo(403);
            }
        }
        soft.assertAll();
    }

    private String panelReview() {
        ApiClient api = api();
        String id = api.post("admin", "/panel-reviews", ApiClient.json().put("institutionCode", "29WT").put("boardNumber", 21274)
                .put("institutionName", "Business Marketing Services B.V.").put("frameworkId", "referentiewaardenmodel-mbo")
                .put("frameworkVersion", "2024-proeftuin").put("plannedDate", DialogueJourney.inDays(300))).text("id");
        ObjectNode panel = ApiClient.json();
        panel.set("chair", DialogueJourney.member("panel-chair", "Paula Panel", null, "INDEPENDENT_EXPERT", null));
        panel.putArray("members").add(DialogueJourney.member("panelist", "Wim Werkveld", null, "STAKEHOLDER", "EMPLOYERS"));
        assertThat(api.post("admin", "/panel-reviews/" + id + "/panel", panel).status()).isEqualTo(200);
        return id;
    }

    private static ObjectNode selfEvaluationBody() {
        return ApiClient.json().put("level", "INSTITUTION").put("standardCode", "BEGELEIDING").put("measurableOutcomes", "m")
                .put("noticeableOutcomes", "n").put("text", "Zelfevaluatie");
    }

    private void assertOnly(DialogueJourney dialogue, String step, Object body, List<String> allowed) {
        assertOnly(dialogue, step, body, allowed, List.of());
    }

    private void assertOnly(DialogueJourney dialogue, String step, Object body, List<String> allowed, List<String> hidden) {
        assertOnly("/dialogues/" + dialogue.dialogueId + step, body, allowed, hidden);
    }

    /**
     * Every user but {@code allowed} is refused: those {@code hidden} from the record with 404 not-found,
     * the others with 403; then the first allowed one succeeds.
     */
    private void assertOnly(String path, Object body, List<String> allowed, List<String> hidden) {
        ApiClient api = api();
        SoftAssertions soft = new SoftAssertions();
        for (String user : EVERYONE) {
            if (!allowed.contains(user)) {
                ApiClient.Response refused = api.post(user, path, body);
                soft.assertThat(refused.status()).as("%s on %s: %s", user, path, refused.raw())
                        .isEqualTo(hidden.contains(user) ? 404 : 403);
                soft.assertThat(refused.isProblem()).as("%s gets a problem", user).isTrue();
            }
        }
        soft.assertAll();
        ApiClient.Response accepted = api.post(allowed.get(0), path, body);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
    }
}
