package nl.kwaliteitsnetwerk.ledger.testsupport.browser;

import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A service's browser test: the whole service on a free port ({@link ServiceTestBase}: the same application context
 * as the API tests) and a headless Chromium ({@link Browser}) that reaches it at {@link #baseUrl()}. Each test starts
 * as a new visitor: no session, no language cookie. Skipped where no Chromium is installed.
 */
public abstract class BrowserTest extends ServiceTestBase {

    @RegisterExtension
    protected static final Browser browser = new Browser();

    @BeforeEach
    protected void newVisitor() {
        browser.forgetSession();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Signs in as a demo user of the local profile (the password is the user name) through the login form. */
    protected void signIn(String user) {
        browser.signIn(baseUrl(), user, user);
    }

    /** Opens a page of this service, e.g. {@code open("/ui/audits/" + id)}. */
    protected void open(String path) {
        browser.open(baseUrl() + path);
    }
}
