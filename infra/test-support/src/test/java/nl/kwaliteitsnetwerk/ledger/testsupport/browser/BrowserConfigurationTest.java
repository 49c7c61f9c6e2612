package nl.kwaliteitsnetwerk.ledger.testsupport.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Where the kit finds the browser and puts screenshots, without starting a browser. */
class BrowserConfigurationTest {

    @Test
    void withoutTheBrowserTheTestsSkipSayingWhatIsMissing(@TempDir Path nothing) {
        BrowserBinaries missing = new BrowserBinaries(nothing.resolve("chromium"), Path.of("/usr/bin/env"), false);
        assertThatThrownBy(missing::assumeInstalled).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("Browser tests skipped: " + nothing.resolve("chromium") + " not installed")
                .hasMessageContaining("-Dqal.browser.chromium=");
    }

    @Test
    void whereBrowserTestsAreRequiredAMissingBrowserFails(@TempDir Path nothing) {
        BrowserBinaries missing = new BrowserBinaries(Path.of("/usr/bin/env"), nothing.resolve("chromedriver"), true);
        assertThatThrownBy(missing::assumeInstalled).isInstanceOf(AssertionError.class)
                .hasMessageContaining(nothing.resolve("chromedriver") + " not installed")
                .hasMessageContaining("BROWSER_TESTS_REQUIRED=true");
    }

    @Test
    void installedBinariesAreUsed() {
        new BrowserBinaries(Path.of("/usr/bin/env"), Path.of("/usr/bin/env"), true).assumeInstalled();
    }

    @Test
    void anOrdinaryRunWritesNoScreenshot() {
        assumeFalse(Boolean.getBoolean("screenshots.update"), "this run updates screenshots");
        Screenshots screenshots = Screenshots.configured();
        assertThat(screenshots.enabled()).isFalse();
        assertThat(screenshots.take(failingCamera(), "audit-home")).isNull();
    }

    @Test
    void screenshotsGoUnderTheRepositoryRootThatHoldsCi(@TempDir Path repository) throws IOException {
        Files.createDirectories(repository.resolve(".ci"));
        Path module = Files.createDirectories(repository.resolve("audit-service/target"));
        assertThat(Screenshots.repositoryRoot(module)).isEqualTo(repository);
        assertThatThrownBy(() -> Screenshots.repositoryRoot(repository.resolve("audit-service").getRoot().resolve("no-such")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No directory holding .ci");
    }

    @Test
    void aScreenshotIsWrittenUnderItsNameOnlyWhenEnabled(@TempDir Path directory) throws IOException {
        Path written = new Screenshots(directory.resolve("docs/screenshots")).take(camera(), "validation-home");
        assertThat(written).isEqualTo(directory.resolve("docs/screenshots/validation-home.png"));
        assertThat(Files.readAllBytes(written)).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> new Screenshots(directory).take(camera(), "Home Page"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static TakesScreenshot camera() {
        return new TakesScreenshot() {
            @Override
            public <X> X getScreenshotAs(OutputType<X> target) {
                return target.convertFromPngBytes(new byte[]{1, 2, 3});
            }
        };
    }

    private static TakesScreenshot failingCamera() {
        return new TakesScreenshot() {
            @Override
            public <X> X getScreenshotAs(OutputType<X> target) {
                throw new AssertionError("no screenshot is taken in an ordinary run");
            }
        };
    }
}
