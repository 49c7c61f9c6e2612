package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.DeliveryCheck;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFact;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedEntry;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.PublicFeedPages;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader;
import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader.Delivery;
import nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.composition;
import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.council;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A validation review through the API: the committee composed, a review of a final audit and a final
 * dialogue from the trail, answers with the indicators beside them, conclusion, the board's reaction,
 * publication. The committee is one per network, so these tests share it and run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ValidationReviewApiTest extends ServiceTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The review test 2 takes to publication, whose events test 3 reads on the topic. */
    private static String publishedReview;

    @Test
    @Order(1)
    void theCommitteeIsComposedOfFiveCouncilMembersAndAnExternalChair() {
        LocalDate today = CommitteeSetup.today(clock);
        Response wrong = api().post("admin", "/committee", composition(4, today));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text("code")).isEqualTo("committee-composition");
        Response composed = api().post("admin", "/committee", composition(5, today));
        assertThat(composed.status()).as(composed.raw()).isEqualTo(201);
        assertAccepted(composed, "validatiecommissie", 0);
        assertThat(composed.etag()).isEqualTo("\"0\"");
        assertThat(api().post("admin", "/committee", composition(5, today)).status()).as("composed once").isEqualTo(409);

        String termEnds = today.plusYears(1).toString();
        ObjectNode change = ApiClient.json().put("leavingUserId", "vc-5").put("effectiveOn", termEnds)
                .put("reason", "Termijn verstreken");
        change.set("joining", council("vc-6", "34GH"));
        assertThat(api().post("admin", "/committee/membership-changes", change, "\"7\"").status())
                .as("If-Match a version the committee is not at").isEqualTo(409);
        assertThat(api().post("admin", "/committee/membership-changes", change, "W/\"0\"").text("code"))
                .isEqualTo("weak-etag");
        Response changed = api().post("admin", "/committee/membership-changes", change, "\"0\"");
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertAccepted(changed, "validatiecommissie", 1);
        JsonNode committee = await().atMost(Duration.ofSeconds(20)).until(() -> api().get("inspector", "/committee"),
                r -> r.status() == 200 && r.body().path("membershipChanges").size() == 1).body();
        assertThat(committee.path("members").findValuesAsText("userId")).contains("vc-6").doesNotContain("vc-5");
        assertThat(committee.path("membershipChanges").get(0).path("effectiveOn").asText()).isEqualTo(termEnds);
        assertThat(committee.path("chairUserId").asText()).isEqualTo("vc-chair");
    }

    @Test
    @Order(2)
    void aReviewOfAFinalAuditAndDialogueWithIndicatorsBesideTheQuestionsUntilPublication() throws Exception {
        Instant start = clock.instant().minus(Duration.ofDays(100));
        PublishedEvents audit = PublishedEvents.publishedAudit("audit-" + UUID.randomUUID(), "29WT", start, "2030-01-01").send(1);
        PublishedEvents dialogue = PublishedEvents.finalDialogue("dialogue-" + UUID.randomUUID(), "25LH", start).send(1);
        awaitInTrail(audit);
        awaitInTrail(dialogue);

        ObjectNode open = ApiClient.json().put("title", "Validatie 2027").put("questionSetId", "kwaliteitsnetwerk-validatievragen")
                .put("questionSetVersion", "2025");
        open.putArray("reportIds").add(audit.aggregateId()).add(dialogue.aggregateId());
        assertThat(api().post("vc-2", "/validation-reviews", open).text("code")).isEqualTo("only-chair");
        HttpResponse<String> created = postWithHeaders("vc-chair", "/validation-reviews", open);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Response opened = new Response(created.statusCode(), "application/json",
                created.headers().firstValue("ETag").orElse(null), JSON.readTree(created.body()), created.body());
        String review = opened.text("id");
        assertAccepted(opened, review, 0);
        publishedReview = review;
        String path = "/validation-reviews/" + review;
        assertThat(created.headers().firstValue("Location")).as("where the review is read").hasValue(path);

        Response notIndependent = api().post("committee", path + "/answers", answer(audit.aggregateId(), "V1"));
        assertThat(notIndependent.status()).isEqualTo(409);
        assertThat(notIndependent.text("code")).isEqualTo("member-not-independent");
        assertThat(api().post("vc-chair", path + "/conclusion", ApiClient.json().put("text", "Te vroeg")).text("code"))
                .isEqualTo("questions-unanswered");
        String version = opened.etag();
        for (String report : List.of(audit.aggregateId(), dialogue.aggregateId())) {
            for (String question : CommitteeSetup.QUESTIONS) {
                Response answered = api().post("vc-2", path + "/answers", answer(report, question), version);
                assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
                assertThat(answered.text("id")).isEqualTo(review);
                version = answered.etag();
            }
        }

        JsonNode full = await().atMost(Duration.ofSeconds(20)).until(() -> api().get("vc-3", path),
                r -> r.status() == 200 && r.body().path("reports").get(0).path("answersByQuestion").path("V5").size() == 1).body();
        JsonNode auditReview = full.path("reports").get(0);
        assertThat(auditReview.path("indicators").path("judgedWithoutFindings")).isEmpty();
        assertThat(auditReview.path("indicators").path("correctedAfterConcept").asInt()).isEqualTo(1);
        assertThat(auditReview.path("indicators").path("comments").get(0).path("hoursToDisposition").asLong()).isEqualTo(2);
        assertThat(full.path("reports").get(1).path("indicators").path("stakeholderGroups").toString())
                .contains("STUDENTS", "EMPLOYERS");
        assertThat(api().get("inspector", path).status()).as("not published yet").isEqualTo(404);

        Instant beforeConclusion = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        assertThat(api().post("vc-chair", path + "/conclusion", ApiClient.json().put("text", "De methode is goed toegepast."))
                .status()).isEqualTo(200);
        assertThat(api().post("vc-chair", path + "/publication", ApiClient.json().put("text", "Rapport")).text("code"))
                .as("published with the board's reaction").isEqualTo("not-allowed-in-this-phase");
        Response notTheBoard = api().post("vc-chair", path + "/board-reaction", ApiClient.json().put("text", "x"));
        assertThat(notTheBoard.status()).isEqualTo(403);
        assertThat(notTheBoard.text("code")).isEqualTo("forbidden");
        String concluded = CommitteeSetup.concludedDigest(api(), review);
        assertThat(api().post("board", path + "/board-reaction", ApiClient.json().put("text", "Akkoord")
                .put("approvedDigest", "0".repeat(64))).text("code")).as("another version than the one concluded")
                .isEqualTo("stale-content");
        for (String noDigest : List.of("xyz", "", "A".repeat(64), " " + "0".repeat(63))) {
            assertThat(api().post("board", path + "/board-reaction", ApiClient.json().put("text", "Akkoord")
                    .put("approvedDigest", noDigest)).status()).as("'%s' is no digest", noDigest).isEqualTo(400);
        }
        assertThat(api().post("board", path + "/board-reaction", ApiClient.json().put("text", "Het bestuur neemt de aanbevelingen over.")
                .put("approvedDigest", concluded)).status()).isEqualTo(200);
        assertThat(api().post("vc-chair", path + "/publication", ApiClient.json().put("text", "Validatierapport 2027")).status())
                .isEqualTo(200);
        assertThat(api().post("vc-chair", path + "/publication", ApiClient.json().put("text", "Nog eens")).status())
                .as("never changes after publication").isEqualTo(409);

        JsonNode published = await().atMost(Duration.ofSeconds(20)).until(() -> api().get("inspector", path),
                r -> r.status() == 200).body();
        assertThat(published.path("boardReaction").asText()).startsWith("Het bestuur");
        assertThat(published.path("summary").asText()).isEqualTo("Validatierapport 2027");
        assertThat(published.path("answerCountsByReportAndQuestion").path(audit.aggregateId()).path("V1").path("YES").asInt())
                .isEqualTo(1);
        assertThat(published.toString()).doesNotContain("vc-2", "Gezien in het rapport");

        JsonNode asOpened = api().get("vc-chair", path + "?asOf=" + beforeConclusion).body();
        assertThat(asOpened.path("status").asText()).isEqualTo("OPEN");
        assertThat(asOpened.path("conclusion").isTextual()).isFalse();
    }

    @Test
    @Order(3)
    void theCommitteesAndTheReviewsEventsArePublishedOnTheTopicInOrderEachKeyedByItsOwnAggregate() {
        List<Delivery> deliveries = TopicReader.readUntil(IntegrationTopics.VALIDATION,
                Set.of("validatiecommissie", publishedReview),
                d -> d.stream().anyMatch(x -> x.event().eventType().equals("validation.validation-report-published")),
                Duration.ofSeconds(30));
        List<Delivery> committee = deliveries.stream().filter(d -> d.event().aggregateId().equals("validatiecommissie")).toList();
        List<Delivery> review = deliveries.stream().filter(d -> d.event().aggregateId().equals(publishedReview)).toList();
        assertThat(committee).extracting(d -> d.event().eventType()).startsWith("validation.committee-composed",
                "validation.membership-changed");
        assertThat(committee).allSatisfy(d -> assertThat(d.event().aggregateType()).isEqualTo("ValidationCommittee"));
        assertThat(review).extracting(d -> d.event().eventType()).startsWith("validation.validation-review-opened")
                .endsWith("validation.board-reaction-recorded", "validation.validation-report-published");
        assertThat(review).allSatisfy(d -> assertThat(d.event().aggregateType()).isEqualTo("ValidationReview"));
        assertThat(review.get(0).event().sequenceNumber()).as("the review's own stream").isZero();
        DeliveryCheck check = new DeliveryCheck();
        assertThat(deliveries).allSatisfy(d -> assertThat(check.offer(d.event())).isEqualTo(DeliveryCheck.Verdict.NEXT));
    }

    @Test
    @Order(4)
    void thePublicFeedTellsThePublishedReportWithTheBoardsReactionAndNoAnswers() {
        Response digest = api().post("admin", "/ledger/digests", ApiClient.json());
        assertThat(digest.status()).as(digest.raw()).isEqualTo(200);
        List<String> feed = PublicFeedPages.readUpTo(api(), digest.body().path("position").asLong());

        assertThat(String.join("\n", feed)).doesNotContain("vc-2", "vc-chair", "Gezien in het rapport", "\"actor\"");
        // the service's feed also tells the supervision calendars' terms, which other tests of this context set
        List<PublicFact> told = feed.stream().map(PublicFeedEntry::fromJson).flatMap(e -> e.facts().stream())
                .filter(fact -> fact.factType().startsWith("validation.")).toList();
        assertThat(told).extracting(PublicFact::factType).containsExactly("validation.report-published");
        JsonNode report = told.get(0).body();
        assertThat(report.path("summary").asText()).isEqualTo("Validatierapport 2027");
        assertThat(report.path("boardReaction").asText()).isEqualTo("Het bestuur neemt de aanbevelingen over.");
        assertThat(report.path("conclusion").asText()).isEqualTo("De methode is goed toegepast.");
        assertThat(report.path("reports").size()).isEqualTo(2);
    }

    /** The one reply of every command: the record, its own version as body and ETag. */
    private static void assertAccepted(Response accepted, String id, long version) {
        assertThat(accepted.text("id")).as(accepted.raw()).isEqualTo(id);
        assertThat(accepted.body().path("version").asLong()).as(accepted.raw()).isEqualTo(version);
        assertThat(accepted.body().path("createdId").isTextual()).as(accepted.raw()).isFalse();
        assertThat(accepted.etag()).isEqualTo("\"" + version + "\"");
    }

    /** A POST whose answer's headers are read too (the Location of what it created), as vc-chair and the others sign in. */
    private HttpResponse<String> postWithHeaders(String user, String path, ObjectNode body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void awaitInTrail(PublishedEvents events) {
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("committee", "/trail/reports/" + events.aggregateId()),
                r -> r.status() == 200 && r.body().path("entries").size() == events.events().size());
    }

    private static ObjectNode answer(String reportId, String questionId) {
        return ApiClient.json().put("reportId", reportId).put("questionId", questionId).put("answer", "YES")
                .put("reasoning", "Gezien in het rapport");
    }

}
