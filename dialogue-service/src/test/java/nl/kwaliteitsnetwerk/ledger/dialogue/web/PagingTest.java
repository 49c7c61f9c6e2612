package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.Pages;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every list pages: a cursor and a next link, after the caller's access rule; a foreign cursor is refused. */
class PagingTest extends ServiceTestBase {

    @Test
    void aDialoguesTrailIsWalkedPageByPageInOrder() {
        ApiClient api = api();
        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed().sessionHeld().observed();
        String trail = "/dialogues/" + dialogue.dialogueId + "/trail";
        assertThat(Pages.values(api, "chair", trail + "?limit=4", "sequenceNumber"))
                .containsExactly("0", "1", "2", "3", "4", "5");
        String second = api.get("chair", trail + "?limit=4").body().path("next").asText();
        assertThat(second).startsWith(trail + "?").contains("after=", "limit=4");
        assertThat(api.get("chair", second).body().path("next").isTextual()).as("two pages").isFalse();
    }

    @Test
    void theDialoguesOfAnInstitutionAreWalkedByPlannedDateAndOnlyThoseTheCallerMaySee() {
        ApiClient api = api();
        // an institution of the register no other test of this service opens anything at
        String institution = "38XY";
        List<String> opened = new ArrayList<>();
        for (int months = 5; months >= 1; months--) {
            Response response = api.post("admin", "/dialogues", ApiClient.json().put("institutionCode", institution)
                    .put("boardNumber", 40011).put("institutionName", "Demo-instelling 38XY")
                    .put("question", DialogueJourney.QUESTION).put("theme", "Studentparticipatie")
                    .put("plannedDate", DialogueJourney.inDays(30 * months)));
            assertThat(response.status()).as(response.raw()).isEqualTo(201);
            opened.add(0, response.text("id"));
        }
        String path = "/dialogues?institution=" + institution + "&limit=2";
        await().atMost(Duration.ofSeconds(20)).until(() -> ids(api, "admin", path).size() == opened.size());

        assertThat(ids(api, "admin", path)).as("by planned date, each once").containsExactlyElementsOf(opened);
        assertThat(api.get("admin", path).body().path("items")).as("two a page").hasSize(2);
        assertThat(ids(api, "inspector", path)).as("none is published, so the inspectorate sees none").isEmpty();
    }

    @Test
    void aCursorOrLimitThisListDidNotGiveOutIsRefused() {
        ApiClient api = api();
        for (String query : List.of("after=%25%25%25", "after=!!", "limit=0", "limit=201", "limit=ten")) {
            for (String list : List.of("/dialogues", "/development-agenda", "/panel-reviews", "/peer-reviews")) {
                Response refused = api.get("admin", list + "?" + query);
                assertThat(refused.status()).as(list + "?" + query + ": " + refused.raw()).isEqualTo(400);
                assertThat(refused.isProblem()).isTrue();
                assertThat(refused.text("code")).isIn("invalid-cursor", "invalid-request");
            }
        }
        assertThat(api.get("admin", "/dialogues?after=!!").text("code")).isEqualTo("invalid-cursor");
    }

    private static List<String> ids(ApiClient api, String user, String path) {
        return Pages.values(api, user, path, "dialogueId");
    }
}
