package nl.kwaliteitsnetwerk.ledger.validation.browser;

import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.browser.BrowserTest;
import nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A committee member's workspace in Chromium: the member answers a question about a report through the page's own
 * form (select, reasoning, the CSRF token and the review's version it carries), and sees the answer once the review
 * shows it; a form left open while another member answered is refused visibly as a conflict. Every page passes axe.
 * Runs after ValidationReviewApiTest, which composes the one committee (junit-platform.properties).
 */
@Order(Integer.MAX_VALUE - 1)
class CommitteeWorkspaceBrowserTest extends BrowserTest {

    private static final String REASONING = "Het rapport onderbouwt het oordeel over KS1 met bewijs.";

    @Test
    void aMemberAnswersThroughTheFormAndAFormLeftOpenMeanwhileShowsTheConflict() {
        CommitteeSetup.composeIfNeeded(api(), clock);
        String reportId = CommitteeSetup.inTrail(api(), PublishedEvents.publishedAudit("audit-" + UUID.randomUUID(),
                "29WT", clock.instant().minus(Duration.ofDays(100)), "2030-01-01")).aggregateId();
        String reviewId = CommitteeSetup.openReview(api(), "Validatie van de audit van 29WT", reportId);
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("vc-2", "/validation-reviews/" + reviewId).status() == 200);

        signIn("vc-2");
        open("/ui/reviews/" + reviewId);
        browser.assertAccessible();
        browser.screenshot("validation-review");
        answer(answerForm("V1"), "PARTLY", REASONING);
        assertThat(browser.path()).isEqualTo("/ui/reviews/" + reviewId);
        browser.waiting().until(page -> {
            page.navigate().refresh();
            return page.findElement(By.tagName("main")).getText().contains(REASONING);
        });

        WebElement leftOpen = answerForm("V3");
        ApiClient.Response meanwhile = api().post("vc-3", "/validation-reviews/" + reviewId + "/answers", ApiClient.json()
                .put("reportId", reportId).put("questionId", "V2").put("answer", "YES").put("reasoning", "Gezien."));
        assertThat(meanwhile.status()).as(meanwhile.raw()).isEqualTo(200);
        answer(leftOpen, "NO", "Op een verouderde pagina gegeven.");
        WebElement problem = browser.driver().findElement(By.cssSelector(".problem[role=alert]"));
        assertThat(problem.getDomAttribute("data-code")).isEqualTo("stale-version");
        assertThat(problem.getText()).contains("409");
        browser.assertAccessible();
        browser.scrollTo(problem);
        browser.screenshot("validation-review-conflict");
    }

    /** The form to answer a question about the review's (one) report. */
    private WebElement answerForm(String questionId) {
        return browser.driver().findElement(By.cssSelector(
                "form[action$='/answers']:has(input[name=questionId][value=" + questionId + "])"));
    }

    private void answer(WebElement form, String answer, String reasoning) {
        new Select(form.findElement(By.name("answer"))).selectByValue(answer);
        form.findElement(By.name("reasoning")).sendKeys(reasoning);
        browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
    }
}
