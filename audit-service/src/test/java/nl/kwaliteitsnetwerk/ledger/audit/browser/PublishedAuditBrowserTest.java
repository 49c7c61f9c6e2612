package nl.kwaliteitsnetwerk.ledger.audit.browser;

import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.browser.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A published audit in Chromium. The inspectorate's browser checks the public summary's ledger proof itself
 * (verify.js with WebCrypto: the inclusion proof, the Ed25519 signature, the feed's attestation) and shows only the
 * public part; a proof that is not the signed one fails that check visibly; the lead auditor reads the whole
 * report with its trail as a timeline. Every page passes axe.
 */
class PublishedAuditBrowserTest extends BrowserTest {

    /** One published audit for the class: its journey is some fifty API calls. */
    private static AuditJourney audit;

    @BeforeEach
    void publishedAudit() {
        if (audit == null) {
            AuditJourney journey = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit()
                    .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued().commentedOn()
                    .commentDisposed().finalised().published();
            await().atMost(Duration.ofSeconds(20)).until(() -> api().get("lead", journey.path("")),
                    read -> read.status() == 200 && read.body().path("version").asLong() >= journey.version);
            audit = journey;
        }
    }

    @Test
    void theInspectoratesBrowserVerifiesThePublicSummaryItselfAndSeesOnlyThePublicPart() {
        signIn("inspector");
        open("/ui/audits/" + audit.auditId);
        WebElement proof = checkedProof();
        assertThat(proof.getDomAttribute("data-outcome")).as(proof.getText()).isEqualTo("verified");
        assertThat(proof.findElement(By.cssSelector("[data-proof-result]")).getText()).startsWith("Geverifieerd");
        assertThat(proof.findElement(By.cssSelector("[data-proof-checks]")).getText())
                .contains("Inclusiebewijs klopt", "Handtekening van de digest klopt", "Handtekening over de openbare feiten klopt");
        assertThat(browser.driver().findElements(By.id("findings-title"))).as("no findings for the public").isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".timeline"))).as("no trail for the public").isEmpty();
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain("Bevinding over KS1");
        browser.assertAccessible();
        browser.scrollTo(browser.driver().findElement(By.id("public-title")));
        browser.screenshot("audit-public-summary");
        browser.scrollTo(proof);
        browser.screenshot("audit-public-proof");
    }

    @Test
    void aProofThatIsNotTheSignedOneFailsTheBrowsersOwnCheck() {
        signIn("inspector");
        open("/ui/audits/" + audit.auditId);
        WebElement proof = checkedProof();
        assertThat(proof.getDomAttribute("data-outcome")).isEqualTo("verified");
        // one digit of the signed Merkle root changed, and the panel checked again as verify.js checks one htmx swaps in
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const panel = arguments[0];
                const source = document.getElementById(panel.getAttribute('data-proof-source'));
                const proof = JSON.parse(source.textContent);
                const root = proof.signedDigest.merkleRoot;
                proof.signedDigest.merkleRoot = (root[0] === '0' ? '1' : '0') + root.slice(1);
                source.textContent = JSON.stringify(proof);
                panel.querySelector('[data-proof-checks]').replaceChildren();
                panel.removeAttribute('data-proof-started');
                panel.setAttribute('data-outcome', 'pending');
                document.dispatchEvent(new Event('htmx:afterSettle'));""", proof);
        checkedProof();
        assertThat(proof.getDomAttribute("data-outcome")).isEqualTo("failed");
        assertThat(proof.getDomAttribute("data-failed-check")).isEqualTo("inclusion");
        assertThat(proof.findElement(By.cssSelector("[data-proof-result]")).getText())
                .isEqualTo("Niet geverifieerd: het inclusiebewijs past niet bij de ondertekende Merkle-root");
        browser.assertAccessible();
    }

    @Test
    void theLeadAuditorReadsTheWholeReportWithItsTrailAsATimeline() {
        signIn("lead");
        browser.driver().findElement(By.cssSelector("a[href='/ui/audits/" + audit.auditId + "']"));
        browser.screenshot("audit-home");
        open("/ui/audits/" + audit.auditId);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Audit van Business Marketing Services B.V.");
        assertThat(browser.driver().findElement(By.cssSelector("#findings-title + table")).getText())
                .contains("Bevinding over KS1", "Bevinding over KS2");
        assertThat(browser.driver().findElements(By.cssSelector(".timeline > li"))).hasSizeGreaterThan(20);
        browser.assertAccessible();
        browser.scrollTo(browser.driver().findElement(By.id("findings-title")));
        browser.screenshot("audit-report");
        browser.scrollTo(browser.driver().findElement(By.id("timeline-title")));
        browser.screenshot("audit-trail");
    }

    /** Waits until the page's own script has checked the proof (its panel is no longer pending). */
    private WebElement checkedProof() {
        WebElement proof = browser.driver().findElement(By.cssSelector("[data-proof-panel]"));
        browser.waiting().until(page -> !"pending".equals(proof.getDomAttribute("data-outcome")));
        return proof;
    }
}
