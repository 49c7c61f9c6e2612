package nl.kwaliteitsnetwerk.ledger.testsupport.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser for a test class: Debian's headless Chromium driven through its own chromedriver, for the
 * flows, scripts and accessibility that a plain HTTP client ({@code PageSession}) cannot check.
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = new Browser();   // or extend BrowserTest, which does this for a service
 *
 * browser.signIn(baseUrl, "auditor", "auditor");  // through the login form; lands on /ui
 * browser.assertAccessible();                     // axe-core, WCAG 2.1 A and AA: fails listing each violation
 * browser.screenshot("audit-home");               // docs/screenshots/audit-home.png, with -Dscreenshots.update=true
 * browser.signOut();
 * </pre>
 * <ul>
 * <li>The class is skipped (a JUnit assumption, saying why) where /usr/bin/chromium or /usr/bin/chromedriver (or
 * {@code -Dqal.browser.chromium=}, {@code -Dqal.browser.chromedriver=}) is missing, unless
 * {@code BROWSER_TESTS_REQUIRED=true}, as CI sets it: then it fails.</li>
 * <li>Nothing is downloaded: the driver's path is given to its service, which makes Selenium skip Selenium Manager,
 * and Chromium runs with its background networking, component updates and sync switched off.</li>
 * <li>One browser per test class, in a fresh profile directory, with a fixed 1280x900 page so screenshots are
 * comparable; it quits after the class. {@link #forgetSession()} clears the cookies between tests.</li>
 * <li>Every wait is on the page's state (a {@link WebDriverWait}), never a fixed sleep.</li>
 * </ul>
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Dimension WINDOW = new Dimension(1280, 900);

    private final BrowserBinaries binaries;
    private final Screenshots screenshots;
    private Path profile;
    private ChromeDriver driver;

    public Browser() {
        this(BrowserBinaries.configured(), Screenshots.configured());
    }

    Browser(BrowserBinaries binaries, Screenshots screenshots) {
        this.binaries = binaries;
        this.screenshots = screenshots;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        binaries.assumeInstalled();
        profile = Files.createTempDirectory("qal-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(binaries.chromedriver().toFile()).usingAnyFreePort().withSilent(true).build();
        driver = new ChromeDriver(service, options());
        driver.manage().window().setSize(WINDOW);
        // The window's size includes what headless Chromium counts as its frame; the page itself is set to 1280x900.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WINDOW.width,
                "height", WINDOW.height, "deviceScaleFactor", 1, "mobile", false));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteProfile();
        }
    }

    private ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binaries.chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + WINDOW.width + "," + WINDOW.height);
        return options;
    }

    public WebDriver driver() {
        return chrome();
    }

    private ChromeDriver chrome() {
        assertThat(driver).as("the browser runs only inside a test class that registers it").isNotNull();
        return driver;
    }

    /** A wait on the page's state, as long as a slow CI machine may need. */
    public WebDriverWait waiting() {
        return new WebDriverWait(driver(), PATIENCE);
    }

    public void open(String url) {
        driver().get(url);
    }

    /** The path (and query) of the page shown, e.g. {@code /login?error}. */
    public String path() {
        URI shown = URI.create(driver().getCurrentUrl());
        return shown.getRawQuery() == null ? shown.getRawPath() : shown.getRawPath() + "?" + shown.getRawQuery();
    }

    /** Fills and sends the login form at {@code /login}, whatever the outcome; see {@link #signIn}. */
    public void submitLogin(String baseUrl, String user, String password) {
        open(baseUrl + "/login");
        driver().findElement(By.name("username")).sendKeys(user);
        driver().findElement(By.name("password")).sendKeys(password);
        submit(driver().findElement(By.cssSelector("form[action$='/login'] [type=submit]")));
    }

    /** Signs in through the login form and checks the browser landed on {@code /ui}. */
    public void signIn(String baseUrl, String user, String password) {
        submitLogin(baseUrl, user, password);
        assertThat(path()).as("%s signed in through the form", user).isEqualTo("/ui");
    }

    /** Signs out with the header's logout form (a POST with its CSRF token) and checks the login form says so. */
    public void signOut() {
        submit(driver().findElement(By.cssSelector("form[action$='/logout'] [type=submit]")));
        assertThat(path()).as("signed out").isEqualTo("/login?logout");
    }

    /**
     * Clicks a button or link that leaves the page, and waits until the next page has loaded. A form the browser
     * itself will not send (a required field left empty) fails at once, naming the fields.
     */
    public void submit(WebElement control) {
        Object invalid = ((JavascriptExecutor) driver()).executeScript("""
                const form = arguments[0].form;
                return !form || form.noValidate ? [] : Array.from(form.elements).filter(field => !field.checkValidity())
                        .map(field => (field.name || field.id) + ': ' + field.validationMessage);""", control);
        assertThat((List<?>) invalid).as("fields the browser will not send the form with").isEmpty();
        control.click();
        waiting().until(ExpectedConditions.stalenessOf(control));
        waiting().until(page -> "complete".equals(((JavascriptExecutor) page).executeScript("return document.readyState")));
    }

    /** Forgets every cookie (the session, the language), so the next test starts as a new visitor. */
    public void forgetSession() {
        chrome().executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /**
     * Posts a form body to a path of the page's own site with the page's cookies, as a script on the page could,
     * and answers the HTTP status (redirects are not followed: 0). No CSRF token is added.
     */
    public int postFromPage(String path, String formBody) {
        Object status = ((JavascriptExecutor) driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {method: 'POST', credentials: 'same-origin', redirect: 'manual',
                        headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: arguments[1]})
                    .then(answer => done(answer.status), () => done(-1));""", path, formBody);
        return ((Number) status).intValue();
    }

    /** Runs axe-core (WCAG 2.1 A and AA) on the page shown and fails listing each violation: rule, impact, element. */
    public void assertAccessible() {
        Accessibility.assertAccessible(driver());
    }

    /** Scrolls the page so that the element is at its top, e.g. before a screenshot of the part that matters. */
    public void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
    }

    /** Writes the page as {@code docs/screenshots/<name>.png} when the run updates screenshots; otherwise nothing. */
    public void screenshot(String name) {
        screenshots.take(chrome(), name);
    }

    /** Best effort: a Chromium helper process may still be closing a file; a leftover temp directory harms nothing. */
    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // left behind in the temp directory
        } finally {
            profile = null;
        }
    }
}
