package nl.kwaliteitsnetwerk.ledger.audit.browser;

import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.browser.BrowserTest;
import nl.kwaliteitsnetwerk.ledger.verifier.PrintCommands;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auditor's workspace in Chromium: a finding with evidence and a judgement recorded through the forms reach the
 * audit as the API's commands; a form on a page someone else changed meanwhile shows the conflict; and the public
 * summary a browser downloads verifies with the offline verifier.
 */
class AuditorWorkspaceBrowserTest extends BrowserTest {

    @Test
    void anAuditorRecordsAFindingAndAJudgementThroughTheForms() {
        AuditJourney audit = onSiteVisit();
        signIn("auditor");
        open("/ui/audits/" + audit.auditId);
        openEveryStep();
        new Select(field("ws-finding-standardCode")).selectByValue("KS1");
        new Select(field("ws-finding-kind")).selectByValue("IMPROVEMENT_POINT");
        field("ws-finding-text").sendKeys("De examencommissie borgt de kwaliteit van de examinering.\nZie het jaarverslag.");
        new Select(field("ws-finding-evidence0-kind")).selectByValue("DOCUMENT");
        field("ws-finding-evidence0-reference").sendKeys("jaarverslag-examencommissie-2026");
        browser.submit(submitOf(field("ws-finding-text")));
        assertSaved();

        openEveryStep();
        new Select(field("ws-judgement-standardCode")).selectByValue("KS1");
        new Select(field("ws-judgement-value")).selectByIndex(1);
        field("ws-judgement-rationale").sendKeys("Onderbouwd met het jaarverslag.");
        browser.submit(submitOf(field("ws-judgement-rationale")));
        assertSaved();
        browser.assertAccessible();

        ApiClient.Response view = api().get("lead", "/audits/" + audit.auditId);
        assertThat(view.raw()).contains("De examencommissie borgt de kwaliteit van de examinering.\\nZie het jaarverslag.",
                "jaarverslag-examencommissie-2026", "Onderbouwd met het jaarverslag.");
    }

    @Test
    void aFormOnAPageSomeoneElseChangedShowsTheConflict() {
        AuditJourney audit = onSiteVisit();
        signIn("auditor");
        open("/ui/audits/" + audit.auditId);
        openEveryStep();
        assertThat(api().post("lead", "/audits/" + audit.auditId + "/findings", AuditJourney.finding("KS2")).status())
                .isEqualTo(200);
        new Select(field("ws-finding-standardCode")).selectByValue("KS1");
        new Select(field("ws-finding-kind")).selectByValue("STRENGTH");
        field("ws-finding-text").sendKeys("Op een verouderde pagina geschreven.");
        new Select(field("ws-finding-evidence0-kind")).selectByValue("INTERVIEW");
        field("ws-finding-evidence0-reference").sendKeys("gesprek-studenten");
        browser.submit(submitOf(field("ws-finding-text")));
        WebElement problem = browser.driver().findElement(By.cssSelector(".problem[data-code='stale-version']"));
        assertThat(problem.getText()).contains("iemand anders heeft dit intussen gewijzigd");
        browser.assertAccessible();
        assertThat(api().get("lead", "/audits/" + audit.auditId).raw()).doesNotContain("Op een verouderde pagina geschreven.");
    }

    @Test
    void thePublicSummaryABrowserDownloadsVerifiesWithTheOfflineVerifier() throws IOException {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued().commentedOn()
                .commentDisposed().finalised().published();
        signIn("inspector");
        open("/ui/audits/" + audit.auditId);
        String path = "/ui/audits/" + audit.auditId + "/summary.pdf";
        Path pdf = Files.createTempFile("summary", ".pdf");
        // the feed entry the summary carries is written asynchronously: download until it is there
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Files.write(pdf, download(path));
            return verify(pdf) == 0;
        });
        assertThat(browser.driver().findElement(By.cssSelector("a[href='" + path + "']")).isDisplayed()).isTrue();
        byte[] altered = Files.readAllBytes(pdf);
        altered[altered.length / 2] ^= 1;
        Path changed = Files.write(Files.createTempFile("summary-changed", ".pdf"), altered);
        assertThat(verify(changed)).isNotZero();
    }

    private void assertSaved() {
        List<WebElement> saved = browser.driver().findElements(By.cssSelector(".flash"));
        assertThat(saved).as(browser.driver().findElement(By.tagName("main")).getText()).isNotEmpty();
        assertThat(saved.get(0).getText()).startsWith("Opgeslagen");
    }

    private AuditJourney onSiteVisit() {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit();
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("lead", "/audits/" + audit.auditId),
                read -> read.status() == 200 && read.body().path("version").asLong() >= audit.version);
        return audit;
    }

    private byte[] download(String path) {
        Object base64 = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(answer => answer.arrayBuffer())
                    .then(bytes => { let text = ''; new Uint8Array(bytes).forEach(b => text += String.fromCharCode(b));
                                     done(btoa(text)); }, () => done(''));""", path);
        return Base64.getDecoder().decode((String) base64);
    }

    private static int verify(Path pdf) throws IOException {
        return PrintCommands.run(List.of("check-pdf", pdf.toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private void openEveryStep() {
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
    }

    private WebElement field(String id) {
        return browser.driver().findElement(By.id(id));
    }

    private static WebElement submitOf(WebElement field) {
        return field.findElement(By.xpath("ancestor::form//button[@type='submit']"));
    }
}
