package nl.kwaliteitsnetwerk.ledger.testsupport.browser;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the browser and its driver are installed: Debian's {@code chromium} and {@code chromium-driver} by default,
 * or the paths given as {@code -Dqal.browser.chromium=} and {@code -Dqal.browser.chromedriver=}. The driver is always
 * named explicitly, so Selenium Manager never looks for (or downloads) one.
 */
record BrowserBinaries(Path chromium, Path chromedriver, boolean required) {

    static BrowserBinaries configured() {
        return new BrowserBinaries(Path.of(System.getProperty("qal.browser.chromium", "/usr/bin/chromium")),
                Path.of(System.getProperty("qal.browser.chromedriver", "/usr/bin/chromedriver")),
                Boolean.parseBoolean(System.getenv("BROWSER_TESTS_REQUIRED")));
    }

    /**
     * Skips the test class, saying why, where either is missing, as the Testcontainers tests skip without Docker;
     * fails instead where the environment sets {@code BROWSER_TESTS_REQUIRED=true} (CI installs both), so a missing
     * browser never passes CI as a green skip.
     */
    void assumeInstalled() {
        List<String> missing = new ArrayList<>();
        for (Path binary : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(binary)) {
                missing.add(binary.toString());
            }
        }
        String why = "Browser tests skipped: " + String.join(" and ", missing) + " not installed "
                + "(apt-get install chromium chromium-driver, or set -Dqal.browser.chromium= and -Dqal.browser.chromedriver=)";
        if (required) {
            assertThat(missing).as(why + ", but BROWSER_TESTS_REQUIRED=true").isEmpty();
        }
        Assumptions.assumeTrue(missing.isEmpty(), why);
    }
}
