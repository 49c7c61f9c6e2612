package nl.kwaliteitsnetwerk.ledger.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the services' executable jars are: {@code <root>/<service>/target/<service>-<version>-exec.jar},
 * the layout {@code mvn install} leaves. The root is looked for above the launcher's own location,
 * never relative to the working directory.
 */
final class ServiceJars {

    private ServiceJars() {
    }

    /** The launcher's own jar (or classes directory): with {@code java -jar}, the class path is that jar. */
    static Path launcherLocation() {
        String first = System.getProperty("java.class.path").split(File.pathSeparator)[0];
        return Path.of(first).toAbsolutePath();
    }

    /** The nearest directory above {@code launcherLocation} that holds a directory for every service. */
    static Path rootAbove(Path launcherLocation, Collection<String> services) {
        for (Path dir = launcherLocation.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir;
            if (services.stream().allMatch(service -> Files.isDirectory(candidate.resolve(service)))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no directory above " + launcherLocation + " holds the services " + services
                + "; start the launcher from the repository's build, or set -Dqal.root=<the repository>");
    }

    /** The service's executable jar; the newest if there are several. */
    static Path executableJar(Path root, String service) {
        Path target = root.resolve(service).resolve("target");
        if (!Files.isDirectory(target)) {
            throw new IllegalStateException("no " + target + ": build first (mvn -B -q install -DskipTests)");
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().startsWith(service + "-"))
                    .filter(file -> file.getFileName().toString().endsWith("-exec.jar"))
                    .max(Comparator.comparing(ServiceJars::lastModified))
                    .orElseThrow(() -> new IllegalStateException("no executable jar in " + target
                            + ": build first (mvn -B -q install -DskipTests)"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + target, e);
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
