package nl.kwaliteitsnetwerk.ledger.testsupport.browser;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in every service's pages share, in a real browser: each role's demo user signs in through the form, lands
 * on {@code /ui} under its own name on a page that passes axe, and signs out; a wrong password is refused on the form;
 * a POST without the CSRF token is refused; the language switch shows English. A service's {@code SignInBrowserTest}
 * extends this and names the user for the refusals.
 */
public abstract class SignInBrowserTestBase extends BrowserTest {

    /** One demo user of the local profile per role (application-local.yml of the service platform). */
    static final Map<Role, String> DEMO_USER_PER_ROLE = demoUsers();

    /** The demo user who signs in for the refusals and the language switch. */
    protected abstract String testUser();

    @Test
    void everyRoleSignsInThroughTheFormSeesItsNameOnAnAccessiblePageAndSignsOut() {
        assertThat(DEMO_USER_PER_ROLE.keySet()).as("a demo user for every role").containsExactly(Role.values());
        DEMO_USER_PER_ROLE.forEach((role, user) -> {
            signIn(user);
            assertThat(signedInUser()).as("the header of %s (%s)", user, role).isEqualTo(user);
            assertThat(driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("nl");
            browser.assertAccessible();
            browser.signOut();
            assertThat(driver().findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("U bent uitgelogd.");
        });
    }

    @Test
    void aWrongPasswordShowsTheErrorAndDoesNotSignIn() {
        open("/login");
        browser.assertAccessible();
        browser.screenshot("sign-in");
        browser.submitLogin(baseUrl(), testUser(), "not-the-password");
        assertThat(browser.path()).isEqualTo("/login?error");
        assertThat(driver().findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Onbekende gebruiker of onjuist wachtwoord.");
        browser.assertAccessible();
        open("/ui");
        assertThat(browser.path()).as("still asked to sign in").isEqualTo("/login");
        assertThat(driver().findElements(By.cssSelector("form[action$='/logout']"))).isEmpty();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        signIn(testUser());
        assertThat(browser.postFromPage("/logout", "")).as("logout without its token").isEqualTo(403);
        open("/ui");
        assertThat(signedInUser()).as("still signed in").isEqualTo(testUser());
        browser.forgetSession();
        open("/login");
        assertThat(browser.postFromPage("/login", "username=" + testUser() + "&password=" + testUser()))
                .as("login without its token").isEqualTo(403);
        open("/ui");
        assertThat(browser.path()).as("not signed in").isEqualTo("/login");
    }

    @Test
    void theLanguageSwitchShowsEnglishAndBackDutch() {
        signIn(testUser());
        browser.submit(driver().findElement(By.cssSelector(".languages a[lang=en]")));
        assertThat(driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(logoutButton()).isEqualTo("Sign out");
        browser.assertAccessible();
        open("/ui");
        assertThat(logoutButton()).as("the choice is remembered").isEqualTo("Sign out");
        browser.submit(driver().findElement(By.cssSelector(".languages a[lang=nl]")));
        assertThat(driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("nl");
        assertThat(logoutButton()).isEqualTo("Uitloggen");
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private String signedInUser() {
        return driver().findElement(By.cssSelector("header .session strong")).getText();
    }

    private String logoutButton() {
        return driver().findElement(By.cssSelector("form[action$='/logout'] [type=submit]")).getText();
    }

    private static Map<Role, String> demoUsers() {
        Map<Role, String> users = new EnumMap<>(Role.class);
        users.put(Role.LEAD_AUDITOR, "lead");
        users.put(Role.AUDITOR, "auditor");
        users.put(Role.INSTITUTION, "roc");
        users.put(Role.QUALITY_COUNCIL, "council");
        users.put(Role.DIALOGUE_COMMITTEE, "chair");
        users.put(Role.PANEL_MEMBER, "panel-chair");
        users.put(Role.PROCESS_GUIDE, "guide");
        users.put(Role.VALIDATION_COMMITTEE, "committee");
        users.put(Role.NETWORK_BOARD, "board");
        users.put(Role.INSPECTORATE, "inspector");
        users.put(Role.ADMINISTRATOR, "admin");
        return users;
    }
}
