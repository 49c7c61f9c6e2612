package nl.kwaliteitsnetwerk.ledger.testsupport.browser;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The README's pictures of the pages: written to {@code docs/screenshots/<name>.png} of the repository only when the
 * build runs with {@code -Dscreenshots.update=true}, so an ordinary test run (and CI) never changes the working tree.
 */
record Screenshots(Path directory) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    /** Where screenshots go in this run, or none (null) when they are not being updated. */
    static Screenshots configured() {
        return new Screenshots(Boolean.getBoolean("screenshots.update")
                ? repositoryRoot(Path.of("").toAbsolutePath()).resolve("docs/screenshots") : null);
    }

    boolean enabled() {
        return directory != null;
    }

    /** Returns the file written, or null when screenshots are not being updated. */
    Path take(TakesScreenshot browser, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A screenshot's name is lower-case letters, digits and '-': " + name);
        }
        if (!enabled()) {
            return null;
        }
        try {
            Files.createDirectories(directory);
            return Files.write(directory.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root: the nearest directory above the test's working directory that holds {@code .ci}. */
    static Path repositoryRoot(Path start) {
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            if (Files.isDirectory(directory.resolve(".ci"))) {
                return directory;
            }
        }
        throw new IllegalStateException("No directory holding .ci above " + start + ": cannot place docs/screenshots");
    }
}
