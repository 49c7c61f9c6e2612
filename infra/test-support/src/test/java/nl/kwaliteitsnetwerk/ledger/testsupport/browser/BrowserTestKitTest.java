package nl.kwaliteitsnetwerk.ledger.testsupport.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The browser kit in a real Chromium against a small site with the platform's sign-in contract: the form, the
 * CSRF refusal, axe's report of each violation and the screenshots, which this class writes to a temporary
 * directory instead of the repository.
 */
class BrowserTestKitTest {

    private static final Path SCREENSHOTS = temporaryDirectory();

    @RegisterExtension
    static final Browser browser = new Browser(BrowserBinaries.configured(), new Screenshots(SCREENSHOTS));

    private static LoginFormSite site;

    @BeforeAll
    static void startSite() throws IOException {
        site = new LoginFormSite();
    }

    @AfterAll
    static void stopSite() throws IOException {
        site.close();
        try (var files = Files.walk(SCREENSHOTS)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    @BeforeEach
    void newVisitor() {
        browser.forgetSession();
    }

    @Test
    void signsInThroughTheFormAndOutThroughTheLogoutForm() {
        browser.signIn(site.baseUrl(), "auditor", "auditor");
        assertThat(browser.driver().findElement(By.tagName("strong")).getText()).isEqualTo("auditor");
        browser.signOut();
        assertThat(browser.driver().findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Uitgelogd.");
        browser.open(site.baseUrl() + "/ui");
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void aSignInThatTheFormRefusesFailsSayingWhoCouldNotSignIn() {
        assertThatThrownBy(() -> browser.signIn(site.baseUrl(), "auditor", "wrong"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("auditor signed in through the form")
                .hasMessageContaining("/login?error");
    }

    @Test
    void aFormTheBrowserWillNotSendFailsNamingTheField() {
        browser.open(site.baseUrl() + "/login");
        browser.driver().findElement(By.name("username")).sendKeys("auditor");
        assertThatThrownBy(() -> browser.submit(browser.driver().findElement(By.cssSelector("[type=submit]"))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("fields the browser will not send the form with")
                .hasMessageContaining("password: ");
        assertThat(browser.path()).as("still on the form").isEqualTo("/login");
    }

    @Test
    void aPostFromThePageCarriesTheSessionButNoCsrfToken() {
        browser.signIn(site.baseUrl(), "auditor", "auditor");
        assertThat(browser.postFromPage("/logout", "")).isEqualTo(403);
        assertThat(browser.postFromPage("/logout", "_csrf=" + LoginFormSite.TOKEN)).as("redirected, not followed").isZero();
    }

    @Test
    void anAccessiblePagePassesAxe() {
        browser.open(site.baseUrl() + "/login");
        browser.assertAccessible();
    }

    @Test
    void axeFailsListingEachViolationWithItsRuleImpactAndElement() {
        browser.open(site.baseUrl() + "/inaccessible");
        assertThatThrownBy(browser::assertAccessible).isInstanceOf(AssertionError.class)
                .hasMessageContaining("WCAG 2.1 AA violations on " + site.baseUrl() + "/inaccessible")
                .hasMessageContaining("image-alt (critical) at [img]")
                .hasMessageContaining("label (critical) at [input]")
                .hasMessageContaining("html-has-lang (serious) at [html]");
    }

    @Test
    void aScreenshotIsAPngUnderItsName() throws IOException {
        browser.open(site.baseUrl() + "/login");
        browser.screenshot("kit-login");
        BufferedImage png = ImageIO.read(SCREENSHOTS.resolve("kit-login.png").toFile());
        assertThat(png.getWidth()).as("a fixed 1280x900 page").isEqualTo(1280);
        assertThat(png.getHeight()).isEqualTo(900);
        assertThatThrownBy(() -> browser.screenshot("../outside")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("qal-screenshots-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
