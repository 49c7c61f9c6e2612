package nl.kwaliteitsnetwerk.ledger.validation.ui;

import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.PageSession;
import nl.kwaliteitsnetwerk.ledger.validation.support.ReviewApiTestBase;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.QUESTIONS;
import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.openReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The committee's workspace: a review's reports with their indicators and the questions answered per report; its
 * answer form sends the API's own command with the version the page showed, so an answer is accepted and shown, a
 * stale one refused visibly with 409, and whoever the API refuses is refused alike; the review shown to each reader
 * as the API shows it.
 */
// vc-2 and vc-3 answer: other tests change the committee's membership, never theirs
@Order(Integer.MAX_VALUE - 1)
class CommitteeWorkspacePageTest extends ReviewApiTestBase {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Test
    void aMemberAnswersThroughTheFormAndTheAnswerIsShownWithItsReasoning() {
        String review = openReview(api, "Werkruimte-review", auditId);
        PageSession member = PageSession.signedIn(port, "vc-2");
        String page = at(member, review, 0);
        assertThat(page).contains("Werkruimte-review", "De rapporten naast elkaar", "Indicatoren",
                "Na het conceptrapport gecorrigeerd", "Validatievragen", "Nog niet beantwoord.", "<label for=\"answer-0-0\"",
                "<label for=\"reasoning-0-0\"");

        PageSession.Response accepted = member.post("/ui/reviews/" + review + "/answers",
                answer(versionOn(page), "V1", "De bevindingen dragen de oordelen"));
        assertThat(accepted.status()).as(accepted.html()).isEqualTo(303);
        assertThat(accepted.location()).endsWith("/ui/reviews/" + review);

        String after = await().atMost(Duration.ofSeconds(20)).until(() -> member.get("/ui/reviews/" + review).html(),
                html -> html.contains("De bevindingen dragen de oordelen"));
        assertThat(after).contains("<span>vc-2</span>", "Reden van de herziening", "Antwoord herzien");
    }

    @Test
    void aStaleVersionIsRefusedVisiblyWith409() {
        String review = openReview(api, "Verouderde versie", auditId);
        PageSession member = PageSession.signedIn(port, "vc-3");
        String page = at(member, review, 0);
        long shown = versionOn(page);
        assertThat(member.post("/ui/reviews/" + review + "/answers", answer(shown, "V1", "Eerste antwoord")).status())
                .isEqualTo(303);

        PageSession.Response stale = member.post("/ui/reviews/" + review + "/answers", answer(shown, "V2", "Op oude versie"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.html()).contains("role=\"alert\"", "stale-version",
                "Niet opgeslagen: iemand anders heeft dit intussen gewijzigd.");
    }

    @Test
    void whoeverTheApiRefusesTheFormRefusesWithTheSameStatusAndCode() {
        String review = openReview(api, "Geweigerde antwoorden", auditId);
        long version = versionOn(at(PageSession.signedIn(port, "vc-3"), review, 0));

        // a member of the committee from the audited institution: the API's independence rule
        PageSession own = PageSession.signedIn(port, "committee");
        own.get("/ui/reviews/" + review);
        PageSession.Response notIndependent = own.post("/ui/reviews/" + review + "/answers", answer(version, "V1", "Eigen"));
        assertThat(api.post("committee", "/validation-reviews/" + review + "/answers",
                ApiClient.json().put("reportId", auditId).put("questionId", "V1")
                        .put("answer", "YES").put("reasoning", "Eigen")).status()).isEqualTo(409);
        assertThat(notIndependent.status()).isEqualTo(409);
        assertThat(notIndependent.html()).contains("member-not-independent");

        // no member of the committee at all: refused by role, as by the API
        for (String outsider : new String[]{"roc", "inspector", "board"}) {
            PageSession session = PageSession.signedIn(port, outsider);
            session.get("/ui");
            assertThat(session.post("/ui/reviews/" + review + "/answers", answer(version, "V1", "x")).status())
                    .as(outsider).isEqualTo(403);
        }
        // an empty reasoning is the API's invalid request
        PageSession member = PageSession.signedIn(port, "vc-3");
        member.get("/ui/reviews/" + review);
        PageSession.Response invalid = member.post("/ui/reviews/" + review + "/answers", answer(version, "V1", ""));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.html()).contains("invalid-request", "reasoning");
        // and without the CSRF token the form is refused before the API is asked
        assertThat(member.postRaw("/ui/reviews/" + review + "/answers", answer(version, "V1", "x")).status())
                .isEqualTo(403);
    }

    @Test
    void theChairConcludesTheBoardReactsAndTheChairPublishesThroughTheForms() {
        String review = openReview(api, "Van conclusie tot publicatie", auditId);
        PageSession member = PageSession.signedIn(port, "vc-2");
        long version = -1;
        for (String question : QUESTIONS) {
            version = versionOn(at(member, review, version + 1));
            assertThat(member.post("/ui/reviews/" + review + "/answers", answer(version, question, "Gezien"))
                    .status()).isEqualTo(303);
        }
        PageSession chair = PageSession.signedIn(port, "vc-chair");
        String ready = await().atMost(Duration.ofSeconds(20)).until(() -> chair.get("/ui/reviews/" + review).html(),
                html -> html.contains("id=\"conclusion-text\""));
        assertThat(ready).contains("<label for=\"conclusion-text\"").doesNotContain("id=\"publication-text\"");
        assertThat(chair.post("/ui/reviews/" + review + "/conclusion", Map.of("version", Long.toString(versionOn(ready)),
                "text", "De methode is goed toegepast.")).status()).isEqualTo(303);

        PageSession board = PageSession.signedIn(port, "board");
        String concluded = await().atMost(Duration.ofSeconds(20)).until(() -> board.get("/ui/reviews/" + review).html(),
                html -> html.contains("id=\"board-reaction-text\""));
        Matcher digest = Pattern.compile("name=\"approvedDigest\" value=\"([0-9a-f]+)\"").matcher(concluded);
        assertThat(digest.find()).as("the reaction cites the concluded report's digest").isTrue();
        assertThat(board.post("/ui/reviews/" + review + "/board-reaction", Map.of("version",
                Long.toString(versionOn(concluded)), "approvedDigest", digest.group(1), "text", "Het bestuur neemt het over."))
                .status()).isEqualTo(303);
        // the board may not publish: refused by role, as by the API
        assertThat(board.post("/ui/reviews/" + review + "/publication", Map.of("version", "0", "text", "x")).status())
                .isEqualTo(403);

        String reacted = await().atMost(Duration.ofSeconds(20)).until(() -> chair.get("/ui/reviews/" + review).html(),
                html -> html.contains("id=\"publication-text\""));
        assertThat(chair.post("/ui/reviews/" + review + "/publication", Map.of("version", Long.toString(versionOn(reacted)),
                "text", "Validatierapport over 29WT")).status()).isEqualTo(303);

        String published = await().atMost(Duration.ofSeconds(20))
                .until(() -> PageSession.signedIn(port, "inspector").get("/ui/reviews/" + review),
                        r -> r.status() == 200).html();
        assertThat(published).contains("gepubliceerd", "De methode is goed toegepast.", "Het bestuur neemt het over.",
                "Validatierapport over 29WT", "Antwoorden van de validatiecommissie, geteld", "/report.pdf")
                .doesNotContain("Gezien", "vc-2");
    }

    @Test
    void eachReaderSeesTheReviewAsTheApiShowsIt() {
        String review = openReview(api, "Open review voor lezers", auditId);
        at(PageSession.signedIn(port, "vc-2"), review, 0);
        assertThat(PageSession.signedIn(port, "board").get("/ui/reviews/" + review).html())
                .contains("De rapporten naast elkaar").doesNotContain("<form method=\"post\" class=\"form\" action=\"/ui/reviews/"
                        + review + "/answers\"");
        String admin = PageSession.signedIn(port, "admin").get("/ui/reviews/" + review).html();
        assertThat(admin).contains("Open review voor lezers").doesNotContain("De rapporten naast elkaar", "Validatierapport<");
        for (String outsider : new String[]{"inspector", "roc", "council"}) {
            PageSession.Response hidden = PageSession.signedIn(port, outsider).get("/ui/reviews/" + review);
            assertThat(hidden.status()).as(outsider).isEqualTo(404);
            assertThat(hidden.html()).doesNotContain("Open review voor lezers");
        }
        assertThat(PageSession.signedIn(port, "vc-2").get("/ui/reviews/" + review + "?lang=en").html())
                .contains("The reports side by side", "Validation questions", "Your answer");
    }

    private Map<String, String> answer(long version, String question, String reasoning) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", Long.toString(version));
        fields.put("reportId", auditId);
        fields.put("questionId", question);
        fields.put("answer", "YES");
        fields.put("reasoning", reasoning);
        return fields;
    }

    /** The review's page once the review's view is at {@code version} or later (the view follows the commands). */
    static String at(PageSession session, String review, long version) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> session.get("/ui/reviews/" + review),
                r -> r.status() == 200 && VERSION.matcher(r.html()).find() && versionOn(r.html()) >= version).html();
    }

    static long versionOn(String page) {
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).as("the page carries the review's version").isTrue();
        return Long.parseLong(version.group(1));
    }
}
