package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, user by user, against the real security configuration and the rules of each
 * dialogue. A refused call answers 403 (wrong role, or not this dialogue's) and changes nothing.
 */
class RoleMatrixTest extends DialogueServiceTestBase {

    private static final List<String> EVERYONE = List.of("admin", "lead", "auditor", "roc", "other-roc", "council",
            "committee", "inspector", "chair", "secretary", "peer", "guide", "panel-chair", "panelist");

    @Test
    void onlyTheNetworkAndTheInstitutionItselfOpenADialogue() {
        ApiClient api = api();
        SoftAssertions soft = new SoftAssertions();
        for (String user : EVERYONE) {
            int status = api.post(user, "/dialogues", ApiClient.json().put("institutionCode", "29WT")
                    .put("boardNumber", 21274).put("institutionName", "ROC Voorbeeld").put("question", DialogueJourney.QUESTION)
                    .put("theme", "Studentparticipatie").put("plannedDate", "2027-06-01")).status();
            soft.assertThat(status).as(user).isEqualTo(List.of("admin", "roc").contains(user) ? 201 : 403);
        }
        soft.assertAll();
    }

    @Test
    void onlyTheChairOrSecretaryOfThisDialoguePlansSessions() {
        DialogueJourney dialogue = DialogueJourney.open(api()).committeeAppointed();
        assertOnly(dialogue, "/sessions", ApiClient.json().put("date", "2027-06-01").put("topic", "Werkveld"),
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
        assertOnly(dialogue, "/reaction", ApiClient.json().put("reaction", "Herkenbaar."), List.of("roc"));
    }

    @Test
    void onlyTheChairFinalises() {
        DialogueJourney dialogue = DialogueJourney.open(api()).committeeAppointed().sessionHeld().observed().drafted().reacted();
        assertOnly(dialogue, "/final-report", ApiClient.json(), List.of("chair"));
    }

    /** Every user but {@code allowed} is refused with 403; then the first allowed one succeeds. */
    private void assertOnly(DialogueJourney dialogue, String step, Object body, List<String> allowed) {
        ApiClient api = api();
        SoftAssertions soft = new SoftAssertions();
        for (String user : EVERYONE) {
            if (!allowed.contains(user)) {
                ApiClient.Response refused = api.post(user, "/dialogues/" + dialogue.dialogueId + step, body);
                soft.assertThat(refused.status()).as("%s on %s: %s", user, step, refused.raw()).isEqualTo(403);
                soft.assertThat(refused.isProblem()).as("%s gets a problem", user).isTrue();
            }
        }
        soft.assertAll();
        ApiClient.Response accepted = api.post(allowed.get(0), "/dialogues/" + dialogue.dialogueId + step, body);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
    }
}
