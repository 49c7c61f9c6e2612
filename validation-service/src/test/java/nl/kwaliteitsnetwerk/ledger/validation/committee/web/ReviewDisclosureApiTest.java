package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.Refusals;
import nl.kwaliteitsnetwerk.ledger.validation.support.ReviewApiTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.openReview;
import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.publish;
import static nl.kwaliteitsnetwerk.ledger.testsupport.Pages.all;
import static nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents.publishedAudit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a caller may not see of the validation reviews stays unseen by every way in: a hidden review or report
 * answers exactly as an id never used, on reads and on commands; {@code ?asOf=} and the review's trail show
 * a review as the present read does; and the reviews come in pages, after the access rule. Runs after the
 * tests that compose the one committee and count its published reports (see junit-platform.properties).
 */
@Order(Integer.MAX_VALUE - 1)
class ReviewDisclosureApiTest extends ReviewApiTestBase {

    private static final String REASONING = "Redenering die alleen de commissie leest";


    @Test
    void aReviewTheCallerMayNotSeeIsAnsweredAsAnIdNeverUsedOnReadsAndOnCommands() {
        String review = openReview(api, "Verborgen review", auditId);
        answeredWithReasoning(review);
        String neverUsed = UUID.randomUUID().toString();

        for (String outsider : List.of("inspector", "roc", "council")) {
            assertSameAnswer(api.get(outsider, "/validation-reviews/" + review), review,
                    api.get(outsider, "/validation-reviews/" + neverUsed), neverUsed, 404, "not-found");
            String asOf = "?asOf=" + clock.instant();
            assertSameAnswer(api.get(outsider, "/validation-reviews/" + review + asOf), review,
                    api.get(outsider, "/validation-reviews/" + neverUsed + asOf), neverUsed, 404, "not-found");
            // every command of a review is the committee's or the board's, and both read every review
            // (ReviewAccess): no one who may send a step is kept from seeing a review, so the hidden review's
            // commands are refused by role, and answered exactly as on an id never used
            for (String step : List.of("answers", "conclusion", "board-reaction", "publication")) {
                assertSameAnswer(api.post(outsider, "/validation-reviews/" + review + "/" + step, anyStep()), review,
                        api.post(outsider, "/validation-reviews/" + neverUsed + "/" + step, anyStep()), neverUsed,
                        403, "forbidden");
            }
        }
        Response unknownToTheChair = api.post("vc-chair", "/validation-reviews/" + neverUsed + "/conclusion",
                ApiClient.json().put("text", "Conclusie"));
        assertThat(unknownToTheChair.status()).isEqualTo(404);
        assertThat(unknownToTheChair.text("detail")).isEqualTo("Nothing with id " + neverUsed + " that you may see.");
    }

    @Test
    void aReportTheCommitteeMayNotSeeYetIsAnsweredAsAnIdNeverUsedWhenAReviewIsOpened() {
        PublishedEvents unfinished = publishedAudit("audit-" + UUID.randomUUID(), "29WT",
                clock.instant().minus(Duration.ofDays(10)), "2030-01-01").upTo(5).send(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("roc", "/trail/reports/" + unfinished.aggregateId()),
                r -> r.status() == 200 && r.body().path("entries").size() == 5);
        assertThat(api.get("committee", "/trail/reports/" + unfinished.aggregateId()).status())
                .as("the committee reads final reports only").isEqualTo(404);
        String neverUsed = "audit-" + UUID.randomUUID();

        assertSameAnswer(api.post("vc-chair", "/validation-reviews", open(unfinished.aggregateId())), unfinished.aggregateId(),
                api.post("vc-chair", "/validation-reviews", open(neverUsed)), neverUsed, 404, "not-found");
    }

    @Test
    void anAdministratorReadsNoMembersReasoningAsOfAPastInstantNorInTheReviewsTrail() {
        String review = openReview(api, "Review met redenering", auditId);
        answeredWithReasoning(review);
        clock.advance(Duration.ofMinutes(1));
        Instant afterTheAnswer = clock.instant();
        String path = "/validation-reviews/" + review;

        JsonNode now = api.get("admin", path).body();
        Response then = api.get("admin", path + "?asOf=" + afterTheAnswer);
        assertThat(then.status()).as(then.raw()).isEqualTo(200);
        assertThat(then.raw()).as("the summary, as now").doesNotContain(REASONING, "answersByQuestion", "vc-2");
        assertThat(fieldNames(then.body())).as("read the same way as now").isEqualTo(fieldNames(now));
        assertThat(api.get("vc-3", path + "?asOf=" + afterTheAnswer).raw()).as("the committee reads it all").contains(REASONING);
        assertThat(api.get("inspector", path + "?asOf=" + afterTheAnswer).status()).isEqualTo(404);

        String trail = path + "/trail?limit=200";
        List<JsonNode> adminsTrail = all(api, "admin", trail);
        assertThat(adminsTrail.toString()).doesNotContain(REASONING);
        assertThat(adminsTrail).noneSatisfy(entry -> assertThat(entry.path("eventType").asText())
                .isEqualTo("ValidationQuestionAnswered"));
        JsonNode opened = adminsTrail.stream().filter(entry -> entry.path("eventType").asText().equals("ValidationReviewOpened"))
                .findFirst().orElseThrow();
        assertThat(opened.path("change").path("title").asText()).isEqualTo("Review met redenering");
        assertThat(opened.path("change").has("members")).as("the summary's fields only").isFalse();
        assertThat(opened.has("actor")).as("no one named").isFalse();
        assertThat(all(api, "vc-3", trail).toString()).contains(REASONING);
        assertThat(api.get("inspector", path + "/trail").status()).isEqualTo(403);
        assertThat(api.get("inspector", "/committee/trail").status()).isEqualTo(403);
    }

    /**
     * Shown by the access of now, as the other services show a past: an administrator reads the public part
     * of a published review at any instant after its publication, exactly as now; before it there was no
     * public part, so the answer is the one for an id never used, not the planning data the administrator
     * read then. The committee, which reads all of it now, reads all of it as it stood then.
     */
    @Test
    void anAdministratorReadsAPublishedReviewAsOfAnyInstantByTheAccessOfNow() {
        String review = openReview(api, "Gepubliceerde review", auditId);
        clock.advance(Duration.ofMinutes(1));
        Instant beforePublication = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        publish(api, review, auditId);
        String path = "/validation-reviews/" + review;
        JsonNode now = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("admin", path),
                r -> r.status() == 200 && r.body().path("summary").isTextual()).body();
        clock.advance(Duration.ofMinutes(1));

        Response published = api.get("admin", path + "?asOf=" + clock.instant());
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        assertThat(published.body()).as("the public part, as the present read shows it").isEqualTo(now);
        String neverUsed = UUID.randomUUID().toString();
        Refusals.assertAnsweredAsUnknown(api.get("admin", path + "?asOf=" + beforePublication), review,
                api.get("admin", "/validation-reviews/" + neverUsed + "?asOf=" + beforePublication), neverUsed);
        JsonNode committeeThen = api.get("vc-3", path + "?asOf=" + beforePublication).body();
        assertThat(committeeThen.path("status").asText()).isEqualTo("OPEN");
        assertThat(committeeThen.has("questionSetId")).as("the whole review: " + committeeThen).isTrue();
    }

    @Test
    void theReviewsComeInPagesAfterTheAccessRule() {
        List<String> opened = new ArrayList<>();
        for (String title : List.of("Eerste", "Tweede", "Derde")) {
            clock.advance(Duration.ofSeconds(1));
            opened.add(openReview(api, title, auditId));
        }
        List<String> committeeReads = await().atMost(Duration.ofSeconds(20))
                .until(() -> ids(all(api, "vc-3", "/validation-reviews?limit=2")), ids -> ids.containsAll(opened));
        assertThat(committeeReads.subList(committeeReads.size() - 3, committeeReads.size()))
                .as("in the order they were opened").containsExactlyElementsOf(opened);
        Response firstPage = api.get("vc-3", "/validation-reviews?limit=2");
        assertThat(firstPage.body().path("items")).hasSize(2);
        assertThat(firstPage.body().path("next").asText()).startsWith("/validation-reviews?").contains("limit=2", "after=");
        assertThat(ids(all(api, "admin", "/validation-reviews?limit=1"))).containsAll(opened);
        assertThat(ids(all(api, "inspector", "/validation-reviews?limit=1"))).doesNotContainAnyElementsOf(opened);

        Response sets = api.get("inspector", "/question-sets");
        assertThat(sets.body().path("items")).hasSize(1);
        assertThat(sets.body().path("next").isTextual()).as("one page").isFalse();
        for (String list : List.of("/validation-reviews", "/committee/trail", "/question-sets")) {
            Response refused = api.get("vc-3", list + "?after=%21%21not-a-cursor");
            assertThat(refused.status()).as(list).isEqualTo(400);
            assertThat(refused.text("code")).as(list).isEqualTo("invalid-cursor");
            assertThat(api.get("vc-3", list + "?limit=0").status()).as(list).isEqualTo(400);
        }
    }

    private void answeredWithReasoning(String review) {
        Response answered = api.post("vc-2", "/validation-reviews/" + review + "/answers", ApiClient.json()
                .put("reportId", auditId).put("questionId", "V1").put("answer", "PARTLY").put("reasoning", REASONING));
        assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("vc-3", "/validation-reviews/" + review).raw(),
                body -> body.contains(REASONING));
    }

    private static ObjectNode open(String reportId) {
        ObjectNode open = ApiClient.json().put("title", "Validatie").put("questionSetId", "kwaliteitsnetwerk-validatievragen")
                .put("questionSetVersion", "2025");
        open.putArray("reportIds").add(reportId);
        return open;
    }

    /** A body every step of a review takes in some form; the refusal comes before it is read. */
    private static ObjectNode anyStep() {
        return ApiClient.json().put("text", "Tekst");
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> ids(List<JsonNode> reviews) {
        return reviews.stream().map(review -> review.path("reviewId").asText()).toList();
    }

    /** Same status, same code, same words but for the id: the answer does not tell the two apart. */
    private static void assertSameAnswer(Response hidden, String hiddenId, Response neverUsed, String neverUsedId,
                                         int status, String code) {
        Refusals.assertAnsweredAlike(hidden, hiddenId, neverUsed, neverUsedId);
        assertThat(hidden.status()).as(hidden.raw()).isEqualTo(status);
        assertThat(hidden.text("code")).as(hidden.raw()).isEqualTo(code);
    }
}
