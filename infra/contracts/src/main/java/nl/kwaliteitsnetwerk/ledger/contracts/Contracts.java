package nl.kwaliteitsnetwerk.ledger.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The integration-event payloads a producer has pinned ({@code audit}, {@code dialogue}, {@code validation}):
 * one {@code <event type>.json} per type, read from this artifact on the classpath, whether that is this
 * module's jar (a reactor build, or the local repository) or its classes folder.
 */
public final class Contracts {

    private static final String ROOT = "contracts";

    /** This module in the source tree, found from a producer's directory (where its tests run) on a re-pin. */
    private static final Path MODULE = Path.of("infra", "contracts");

    private static Path classpathRoot;

    private Contracts() {
    }

    /** The folder of the producer's pinned payloads on the classpath, to list and read (inside the jar when it is one). */
    public static Path pinned(String producer) {
        Path folder = classpathRoot().resolve(ROOT).resolve(producer);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no pinned payloads for producer " + producer + " in " + classpathRoot());
        }
        return folder;
    }

    /** The producer's pinned payloads by event type, in the order of their types. */
    public static Map<String, String> payloads(String producer) {
        Map<String, String> byType = new TreeMap<>();
        try (Stream<Path> files = Files.list(pinned(producer))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                byType.put(file.getFileName().toString().replace(".json", ""), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byType;
    }

    /**
     * The folder in this module's sources that holds the producer's pinned payloads: where the producer's own
     * pinning test writes them anew on a re-pin made on purpose, for the next build of this module to publish.
     * Only a producer in this source tree can re-pin, so it is found by walking up from the working directory.
     */
    public static Path sources(String producer) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path module = dir.resolve(MODULE);
            if (Files.isRegularFile(module.resolve("pom.xml"))) {
                return module.resolve(Path.of("src", "main", "resources", ROOT, producer));
            }
        }
        throw new IllegalStateException("a re-pin runs in the source tree that holds " + MODULE);
    }

    /** Where this class was loaded from: a folder as it is, a jar opened once as a file system for the JVM's life. */
    private static synchronized Path classpathRoot() {
        if (classpathRoot == null) {
            try {
                Path location = Path.of(Contracts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                classpathRoot = Files.isDirectory(location) ? location
                        : FileSystems.newFileSystem(location).getPath("/");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return classpathRoot;
    }
}
