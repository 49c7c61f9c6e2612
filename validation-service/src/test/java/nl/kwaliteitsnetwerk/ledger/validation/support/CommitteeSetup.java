package nl.kwaliteitsnetwerk.ledger.validation.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one committee of the network as the tests compose it (vc-chair external; committee of 29WT, vc-2 of 30XY,
 * vc-3 of 31XY, vc-4 of 32XY, vc-5 of 33XY), reports awaited in the trail, reviews opened.
 */
public final class CommitteeSetup {

    /** The questions of the question set the tests review against (kwaliteitsnetwerk-validatievragen 2025). */
    public static final List<String> QUESTIONS = List.of("V1", "V2", "V3", "V4", "V5");

    private CommitteeSetup() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The composition with {@code councilMembers} council members, taking effect {@code effectiveFrom}. */
    public static ObjectNode composition(int councilMembers, LocalDate effectiveFrom) {
        ObjectNode body = ApiClient.json().put("chairUserId", "vc-chair").put("effectiveFrom", effectiveFrom.toString());
        ArrayNode members = body.putArray("members");
        members.addObject().put("userId", "vc-chair").put("name", "Eva Extern").put("affiliation", "Universiteit")
                .put("seat", "EXTERNAL");
        members.add(council("committee", "29WT"));
        List<String> others = List.of("vc-2", "vc-3", "vc-4", "vc-5");
        for (int i = 0; i < councilMembers - 1; i++) {
            members.add(council(others.get(i), "3" + i + "XY"));
        }
        return body;
    }

    public static ObjectNode council(String userId, String institution) {
        return ApiClient.json().put("userId", userId).put("name", "Lid " + userId).put("affiliation", "ROC " + institution)
                .put("memberInstitutionCode", institution).put("seat", "COUNCIL");
    }

    /** Composes the committee unless a test before composed it already, and waits until it reads composed. */
    public static void composeIfNeeded(ApiClient api, Clock clock) {
        if (api.get("inspector", "/committee").status() == 404) {
            ApiClient.Response composed = api.post("admin", "/committee", composition(5, today(clock)));
            assertThat(composed.status()).as(composed.raw()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("inspector", "/committee"),
                read -> read.status() == 200 && read.body().path("composedFrom").isTextual());
    }

    /**
     * The committee composed, if no test before composed it, and a published audit of 29WT in the trail, final a
     * hundred days ago: what a review is opened over. Answers the audit's id.
     */
    public static String composedWithAFinalAuditOf29WT(ApiClient api, Clock clock) {
        composeIfNeeded(api, clock);
        return inTrail(api, PublishedEvents.publishedAudit("audit-" + UUID.randomUUID(), "29WT",
                clock.instant().minus(Duration.ofDays(100)), "2030-01-01")).aggregateId();
    }

    /** Sends the events and waits until the committee reads all of them in the trail. */
    public static PublishedEvents inTrail(ApiClient api, PublishedEvents events) {
        events.send(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("committee", "/trail/reports/" + events.aggregateId()),
                r -> r.status() == 200 && r.body().path("entries").size() == events.events().size());
        return events;
    }

    /** Opens a review of {@code reportIds} as the chair; answers its id. */
    public static String openReview(ApiClient api, String title, String... reportIds) {
        return openedReview(api, title, reportIds).text("id");
    }

    /** Opens a review of {@code reportIds} as the chair; answers the 201 with the review's id and version. */
    public static ApiClient.Response openedReview(ApiClient api, String title, String... reportIds) {
        ObjectNode open = ApiClient.json().put("title", title).put("questionSetId", "kwaliteitsnetwerk-validatievragen")
                .put("questionSetVersion", "2025");
        ArrayNode ids = open.putArray("reportIds");
        for (String reportId : reportIds) {
            ids.add(reportId);
        }
        ApiClient.Response opened = api.post("vc-chair", "/validation-reviews", open);
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        return opened;
    }

    /**
     * Takes an open review of one report of 29WT to publication: vc-2 (of 30XY) answers every question,
     * the chair concludes, the board reacts, the chair publishes.
     */
    public static void publish(ApiClient api, String reviewId, String reportId) {
        String review = "/validation-reviews/" + reviewId;
        for (String question : QUESTIONS) {
            accepted(api.post("vc-2", review + "/answers", ApiClient.json().put("reportId", reportId)
                    .put("questionId", question).put("answer", "YES").put("reasoning", "Gezien in het rapport")));
        }
        accepted(api.post("vc-chair", review + "/conclusion", ApiClient.json().put("text", "De methode is goed toegepast.")));
        accepted(api.post("board", review + "/board-reaction", ApiClient.json().put("text", "Het bestuur neemt het over.")
                .put("approvedDigest", concludedDigest(api, reviewId))));
        accepted(api.post("vc-chair", review + "/publication", ApiClient.json().put("text", "Validatierapport")));
    }

    /** The content digest of the concluded validation report, once the review's view shows it: what the board cites. */
    public static String concludedDigest(ApiClient api, String reviewId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> api.get("board", "/validation-reviews/" + reviewId),
                r -> r.status() == 200 && r.body().path("reportDigest").isTextual()).body().path("reportDigest").asText();
    }

    private static void accepted(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }
}
