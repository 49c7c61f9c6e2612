package nl.kwaliteitsnetwerk.ledger.testsupport;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redocly CLI from infra/openapi-lint (its package-lock.json pins the version; {@code npm ci} there
 * installs it) run on a document with that directory's redocly.yaml. Skipped, saying so, where node
 * or the installed linter is missing, unless the environment sets {@code OPENAPI_LINT_REQUIRED=true}
 * (as CI does after {@code npm ci}): then a missing linter fails.
 */
public final class OpenApiLint {

    private OpenApiLint() {
    }

    public static void assertNoErrors(Path document) throws IOException, InterruptedException {
        Path lint = projectRoot().resolve("infra/openapi-lint");
        Path redocly = lint.resolve("node_modules/.bin/redocly");
        boolean installed = Files.isExecutable(redocly) && onPath("node");
        String missing = "node or Redocly CLI missing; run `npm ci` in " + lint;
        if (Boolean.parseBoolean(System.getenv("OPENAPI_LINT_REQUIRED"))) {
            assertThat(installed).as(missing).isTrue();
        }
        Assumptions.assumeTrue(installed, "OpenAPI lint skipped: " + missing);
        Process process = new ProcessBuilder(List.of(redocly.toString(), "lint", "--config",
                lint.resolve("redocly.yaml").toString(), document.toAbsolutePath().toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("redocly lint finished").isTrue();
        System.out.println(output);
        assertThat(process.exitValue()).as("redocly lint of " + document + ":\n" + output).isZero();
    }

    private static Path projectRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isDirectory(directory.resolve("infra/openapi-lint"))) {
            directory = directory.getParent();
        }
        Assumptions.assumeTrue(directory != null, "OpenAPI lint skipped: no infra/openapi-lint above " + Path.of("").toAbsolutePath());
        return directory;
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(entry, command))) {
                return true;
            }
        }
        return false;
    }
}
