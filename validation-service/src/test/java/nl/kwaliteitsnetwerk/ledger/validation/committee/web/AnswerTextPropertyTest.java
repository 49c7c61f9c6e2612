package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.text.WellFormedText;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.Pages;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.HostileText;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.assertAggregateVerifies;
import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.assertRefusedAsInvalidText;
import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.postEscaped;
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
            List<JsonNode> trail = Pages.all(api, "vc-3", "/validation-reviews/" + review.reviewId() + "/trail?limit=200");
            assertKept(trail.get(trail.size() - 1).path("change"), reasoning, revisionReason, sample);
            assertAggregateVerifies(api, review.reviewId(), sample);
        }
        assertThat(refused).as("both outcomes tried").isBetween(5, TRIES - 20);
    }

    private record Review(String reviewId, String reportId) {
    }

    /** A review of one final audit of 29WT, answered once by vc-2 (of 30XY), so that every answer after it revises. */
    private Review reviewOfAFinalAudit(ApiClient api) {
        String auditId = CommitteeSetup.composedWithAFinalAuditOf29WT(api, clock);
        String reviewId = CommitteeSetup.openReview(api, "Validatie van tekst", auditId);
        Response first = api.post("vc-2", "/validation-reviews/" + reviewId + "/answers", answer(auditId, "Eerste lezing"));
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        return new Review(reviewId, auditId);
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
}
