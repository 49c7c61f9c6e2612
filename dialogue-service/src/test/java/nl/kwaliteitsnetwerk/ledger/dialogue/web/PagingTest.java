package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every list pages: a cursor and a next link, after the caller's access rule; a foreign cursor is refused. */
class PagingTest extends ServiceTestBase {

    @Test
    void aDialoguesTrailIsWalkedPageByPageInOrder() {
        ApiClient api = api();
        DialogueJourney dialogue = DialogueJourney.open(api).committeeAppointed().sessionHeld().observed();
        List<Long> sequence = new ArrayList<>();
        List<String> pages = walk(api, "chair", "/dialogues/" + dialogue.dialogueId + "/trail?limit=4",
                item -> sequence.add(item.path("sequenceNumber").asLong()));
        assertThat(sequence).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(1)).startsWith("/dialogues/" + dialogue.dialogueId + "/trail?").contains("after=", "limit=4");
    }

    @Test
    void theDialoguesOfAnInstitutionAreWalkedByPlannedDateAndOnlyThoseTheCallerMaySee() {
        ApiClient api = api();
        String institution = "P" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        List<String> opened = new ArrayList<>();
        for (int months = 5; months >= 1; months--) {
            Response response = api.post("admin", "/dialogues", ApiClient.json().put("institutionCode", institution)
                    .put("boardNumber", 40000 + months).put("institutionName", "Instelling " + institution)
                    .put("question", DialogueJourney.QUESTION).put("theme", "Studentparticipatie")
                    .put("plannedDate", DialogueJourney.inDays(30 * months)));
            assertThat(response.status()).as(response.raw()).isEqualTo(201);
            opened.add(0, response.text("id"));
        }
        String path = "/dialogues?institution=" + institution + "&limit=2";
        await().atMost(Duration.ofSeconds(20)).until(() -> ids(api, "admin", path).size() == opened.size());

        List<String> walked = new ArrayList<>();
        List<String> pages = walk(api, "admin", path, item -> walked.add(item.path("dialogueId").asText()));
        assertThat(walked).as("by planned date, each once").containsExactlyElementsOf(opened);
        assertThat(pages).hasSize(3);
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

    /** Follows the next links from {@code first} to the end; answers every page's address. */
    private static List<String> walk(ApiClient api, String user, String first, java.util.function.Consumer<JsonNode> items) {
        List<String> pages = new ArrayList<>();
        String next = first;
        while (next != null) {
            assertThat(pages).as("pages of " + first).hasSizeLessThan(100);
            pages.add(next);
            Response page = api.get(user, next);
            assertThat(page.status()).as(next + ": " + page.raw()).isEqualTo(200);
            page.body().path("items").forEach(items);
            next = page.body().path("next").isTextual() ? page.body().path("next").asText() : null;
        }
        return pages;
    }

    private static List<String> ids(ApiClient api, String user, String path) {
        List<String> ids = new ArrayList<>();
        walk(api, user, path, item -> ids.add(item.path("dialogueId").asText()));
        return ids;
    }
}
