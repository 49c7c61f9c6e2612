package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.text.WellFormedText;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.HostileText;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.assertAggregateVerifies;
import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.assertRefusedAsInvalidText;
import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.postEscaped;
import static nl.kwaliteitsnetwerk.ledger.validation.committee.web.CommitteeController.COMMITTEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The property of issue 11 for the validation service: arbitrary text in an answer's reasoning and its
 * revision reason is either refused with 400 {@code invalid-text} naming the field, or kept exactly:
 * read back the same from the review, {@code ?asOf=} and the committee's trail, and the committee's
 * chain verifies. Runs after the tests that compose the one committee (see junit-platform.properties).
 */
@Order(Integer.MAX_VALUE)
class AnswerTextPropertyTest extends ServiceTestBase {

    private static final int TRIES = 70;
    private static final long SEED = 20271101L;

    @Test
    void reasoningAndRevisionReasonAreRefusedOrKeptExactlyAndVerified() {
        ApiClient api = api();
        Review review = reviewOfAFinalAudit(api);
        String answers = "/validation-reviews/" + review.reviewId() + "/answers";
        int refused = 0;
        for (String sample : HostileText.samples(TRIES, SEED)) {
            String reasoning = "Redenering \u00ab" + sample + "\u00bb";
            String revisionReason = "Herzien \u00ab" + sample + "\u00bb";
            clock.advance(Duration.ofSeconds(1));
            Instant answeredAt = clock.instant();
            Response answered = postEscaped(api, "vc-2", answers,
                    answer(review.reportId(), reasoning).put("revisionReason", revisionReason));
            if (!WellFormedText.isWellFormed(sample)) {
                assertRefusedAsInvalidText(answered, "reasoning", sample);
                refused++;
                continue;
            }
            assertThat(answered.status()).as(HostileText.escaped(sample) + ": " + answered.raw()).isEqualTo(200);

            JsonNode live = await().atMost(Duration.ofSeconds(20)).until(
                    () -> latestAnswer(api.get("vc-3", "/validation-reviews/" + review.reviewId()).body()),
                    answer -> answer.filter(a -> Instant.parse(a.path("answeredAt").asText()).equals(answeredAt)).isPresent())
                    .orElseThrow();
            assertKept(live, reasoning, revisionReason, sample);
            assertKept(latestAnswer(api.get("vc-3", "/validation-reviews/" + review.reviewId() + "?asOf=" + answeredAt).body())
                    .orElseThrow(), reasoning, revisionReason, sample);
            JsonNode trail = api.get("vc-3", "/committee/trail").body();
            assertKept(trail.get(trail.size() - 1).path("change"), reasoning, revisionReason, sample);
            assertAggregateVerifies(api, COMMITTEE, sample);
        }
        assertThat(refused).as("both outcomes tried").isBetween(5, TRIES - 20);
    }

    private record Review(String reviewId, String reportId) {
    }

    /** A review of one final audit of 29WT, answered once by vc-2 (of 30XY), so that every answer after it revises. */
    private Review reviewOfAFinalAudit(ApiClient api) {
        if (api.get("inspector", "/committee").status() == 404) {
            assertThat(api.post("admin", "/committee", composition()).status()).isEqualTo(201);
        }
        PublishedEvents audit = PublishedEvents.publishedAudit("audit-" + UUID.randomUUID(), "29WT",
                clock.instant().minus(Duration.ofDays(100)), "2030-01-01").send(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("committee", "/trail/reports/" + audit.aggregateId()),
                r -> r.status() == 200 && r.body().path("entries").size() == audit.events().size());
        ObjectNode open = ApiClient.json().put("title", "Validatie van tekst").put("questionSetId", "kwaliteitsnetwerk-validatievragen")
                .put("questionSetVersion", "2025");
        open.putArray("reportIds").add(audit.aggregateId());
        Response opened = api.post("vc-chair", "/validation-reviews", open);
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        String reviewId = opened.text("reviewId");
        Response first = api.post("vc-2", "/validation-reviews/" + reviewId + "/answers",
                answer(audit.aggregateId(), "Eerste lezing"));
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        return new Review(reviewId, audit.aggregateId());
    }

    private static ObjectNode answer(String reportId, String reasoning) {
        return ApiClient.json().put("reportId", reportId).put("questionId", "V1").put("answer", "PARTLY")
                .put("reasoning", reasoning);
    }

    /** vc-2's latest answer to V1: a revision replaces what it revises. */
    private static Optional<JsonNode> latestAnswer(JsonNode review) {
        return StreamSupport.stream(review.path("reports").get(0).path("answersByQuestion").path("V1").spliterator(), false)
                .filter(answer -> answer.path("member").path("userId").asText().equals("vc-2"))
                .reduce((earlier, later) -> later);
    }

    private static void assertKept(JsonNode answer, String reasoning, String revisionReason, String sample) {
        String what = HostileText.escaped(sample) + ": " + answer;
        assertThat(answer.path("reasoning").asText()).as(what).isEqualTo(reasoning);
        assertThat(answer.path("revisionReason").asText()).as(what).isEqualTo(revisionReason);
    }

    /** The committee as ValidationReviewApiTest composes it, for when this test runs on its own. */
    private static ObjectNode composition() {
        ObjectNode body = ApiClient.json().put("chairUserId", "vc-chair").put("effectiveFrom", "2027-01-01");
        ArrayNode members = body.putArray("members");
        members.addObject().put("userId", "vc-chair").put("name", "Eva Extern").put("affiliation", "Universiteit")
                .put("seat", "EXTERNAL");
        String[][] council = {{"committee", "29WT"}, {"vc-2", "30XY"}, {"vc-3", "31XY"}, {"vc-4", "32XY"}, {"vc-5", "33XY"}};
        for (String[] member : council) {
            members.addObject().put("userId", member[0]).put("name", "Lid " + member[0]).put("affiliation", "ROC " + member[1])
                    .put("memberInstitutionCode", member[1]).put("seat", "COUNCIL");
        }
        return body;
    }
}
