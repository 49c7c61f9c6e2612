package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.validation.support.ReviewApiTestBase;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.council;
import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.openedReview;
import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each review is an aggregate of its own: its own version (an answer to one leaves another's If-Match valid), its
 * own chain in the ledger, and the committee's changes of membership brought to it by event. Runs after the tests
 * that compose the one committee (see junit-platform.properties).
 */
@Order(Integer.MAX_VALUE - 1)
class IndependentReviewsApiTest extends ReviewApiTestBase {

    /** The demo users who sit on the committee in the other tests, and the chair. */
    private static final List<String> USERS = List.of("vc-chair", "committee", "vc-2", "vc-3", "vc-4", "vc-5");


    @Test
    void anAnswerToOneReviewLeavesAnotherReviewsIfMatchValid() {
        Response a = openedReview(api, "Review A", auditId);
        Response b = openedReview(api, "Review B", auditId);
        assertThat(List.of(a.etag(), b.etag())).as("each opened at its own version 0").containsOnly("\"0\"");
        assertThat(b.body().path("version").asLong()).isZero();

        Response answeredA = api.post("vc-2", answers(a), answer("V1"), a.etag());
        assertThat(answeredA.status()).as(answeredA.raw()).isEqualTo(200);
        assertThat(answeredA.etag()).isEqualTo("\"1\"");
        Response answeredB = api.post("vc-2", answers(b), answer("V1"), b.etag());
        assertThat(answeredB.status()).as("B's version is B's own: " + answeredB.raw()).isEqualTo(200);

        Response stale = api.post("vc-3", answers(a), answer("V2"), a.etag());
        assertThat(stale.status()).as("A's version before A's answer is stale for A").isEqualTo(409);
        assertThat(stale.text("code")).isEqualTo("stale-version");
    }

    @Test
    void aReviewIsVerifiedInTheLedgerAsAnAggregateOfItsOwnForWhoMaySeeIt() {
        Response review = openedReview(api, "Eigen keten", auditId);
        String verification = "/ledger/aggregates/" + review.text("id") + "/verification";
        // who may see a review is read from its view, which follows the store within moments
        Response verified = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("vc-3", verification),
                r -> r.status() == 200);
        assertThat(verified.status()).as(verified.raw()).isEqualTo(200);
        assertThat(verified.body().path("intact").asBoolean()).as(verified.raw()).isTrue();
        assertThat(api.get("inspector", verification).status()).as("unpublished: not for the inspectorate").isEqualTo(404);
    }

    @Test
    void aChangeOfMembershipReachesAnOpenReviewByEvent() {
        onTheCommittee("vc-4");
        offTheCommittee("vc-5");
        Response review = openedReview(api, "Review bij een wisseling", auditId);
        String path = "/validation-reviews/" + review.text("id");
        replace("vc-4", council("vc-5", "35XY"));

        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("vc-3", path).body().path("members")
                .findValuesAsText("userId"), members -> members.contains("vc-5") && !members.contains("vc-4"));
        Response left = api.post("vc-4", path + "/answers", answer("V1"));
        assertThat(left.status()).as(left.raw()).isEqualTo(403);
        assertThat(left.text("code")).isEqualTo("only-committee-member");
        Response joined = api.post("vc-5", path + "/answers", answer("V1"));
        assertThat(joined.status()).as(joined.raw()).isEqualTo(200);
        assertThat(api.get("vc-3", path + "/trail").body().path("items").findValuesAsText("eventType"))
                .containsExactly("ValidationReviewOpened", "ReviewMembershipChanged", "ValidationQuestionAnswered");
    }

    /** The users the other tests answer and chair as stay; a seat of someone else's is taken if need be. */
    private void onTheCommittee(String userId) {
        List<String> members = members();
        if (!members.contains(userId)) {
            String other = members.stream().filter(member -> !USERS.contains(member)).findFirst().orElseThrow();
            replace(other, council(userId, "37XY"));
        }
    }

    private void offTheCommittee(String userId) {
        if (members().contains(userId)) {
            replace(userId, council("vc-" + UUID.randomUUID().toString().substring(0, 8), "36XY"));
        }
    }

    private List<String> members() {
        return api.get("inspector", "/committee").body().path("members").findValuesAsText("userId");
    }

    /** A change taking effect on the last change's date or later, as the committee requires. */
    private void replace(String leaving, ObjectNode joining) {
        List<String> dates = api.get("inspector", "/committee").body().path("membershipChanges").findValuesAsText("effectiveOn");
        String on = dates.isEmpty() ? today(clock).toString() : dates.get(dates.size() - 1);
        ObjectNode change = ApiClient.json().put("leavingUserId", leaving).put("effectiveOn", on).put("reason", "Wisseling");
        change.set("joining", joining);
        Response changed = api.post("admin", "/committee/membership-changes", change);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
    }

    private static String answers(Response opened) {
        return "/validation-reviews/" + opened.text("id") + "/answers";
    }

    private ObjectNode answer(String questionId) {
        return ApiClient.json().put("reportId", auditId).put("questionId", questionId).put("answer", "YES")
                .put("reasoning", "Gezien in het rapport");
    }
}
