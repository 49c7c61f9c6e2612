package nl.kwaliteitsnetwerk.ledger.validation.browser;

import nl.kwaliteitsnetwerk.ledger.testsupport.browser.BrowserTest;
import nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee reads a report's trail in Chromium, moves the as-of date back to the concept and sees the report as
 * it stood then: htmx swaps only the timeline, the rest of the page stays, and the address keeps the date.
 * Runs after ValidationReviewApiTest, which composes the one committee (junit-platform.properties).
 */
@Order(Integer.MAX_VALUE - 1)
class CommitteeTrailBrowserTest extends BrowserTest {

    /** Index of audit.concept-report-issued among the events of {@link PublishedEvents#publishedAudit}. */
    private static final int CONCEPT = 16;

    @Test
    void theCommitteeMovesTheAsOfDateToTheConceptAndSeesTheReportAsItStoodThen() {
        CommitteeSetup.composeIfNeeded(api(), clock);
        PublishedEvents audit = CommitteeSetup.inTrail(api(), PublishedEvents.publishedAudit("audit-" + UUID.randomUUID(),
                "29WT", clock.instant().minus(Duration.ofDays(200)), "2030-01-01"));
        signIn("committee");
        browser.assertAccessible();
        browser.screenshot("validation-home");
        open("/ui/reports/" + audit.aggregateId());
        WebElement timeline = browser.driver().findElement(By.id("timeline"));
        assertThat(timeline.getText()).contains("Conceptrapport uitgebracht", "Definitief rapport vastgesteld");
        browser.assertAccessible();

        WebElement heading = browser.driver().findElement(By.tagName("h1"));
        WebElement asOf = browser.driver().findElement(By.id("asOf"));
        WebElement form = asOf.findElement(By.xpath("ancestor::form"));
        // whole seconds, UTC, as the input takes them: a second after the concept, long before the next step (an hour later)
        String justAfterTheConcept = audit.at(CONCEPT).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS).toString().substring(0, 19);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", asOf, justAfterTheConcept);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.stalenessOf(timeline));

        WebElement then = browser.driver().findElement(By.id("timeline"));
        assertThat(then.getText()).contains("Conceptrapport uitgebracht").doesNotContain("Definitief rapport vastgesteld");
        assertThat(heading.isDisplayed()).as("only the timeline was swapped: the page's heading is the same element").isTrue();
        assertThat(browser.path()).as("the address keeps the date").contains("asOf=");
        browser.assertAccessible();
        browser.scrollTo(form);
        browser.screenshot("validation-report-as-of-concept");
    }
}
