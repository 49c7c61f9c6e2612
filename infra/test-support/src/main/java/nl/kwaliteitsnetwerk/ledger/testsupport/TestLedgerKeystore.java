package nl.kwaliteitsnetwerk.ledger.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PKCS#12 keystore with an Ed25519 ledger key, made by the JDK's {@code keytool} exactly as the README
 * tells an operator to make a service's keystore, for tests that run a service outside the {@code local}
 * profile (where a keystore is required). One per test JVM.
 */
public final class TestLedgerKeystore {

    public static final String PASSWORD = "test-keystore";
    public static final String ALIAS = "ledger";

    private static Path keystore;

    private TestLedgerKeystore() {
    }

    /** The keystore's path, made at the first call. */
    public static synchronized Path path() {
        if (keystore == null) {
            try {
                Path directory = Files.createTempDirectory("ledger-keystore");
                keystore = makeIn(directory, "test-ledger");
                directory.toFile().deleteOnExit();
                keystore.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keystore;
    }

    /** Makes {@code <name>.p12} in {@code directory} with keytool, under {@link #ALIAS} and {@link #PASSWORD}. */
    public static Path makeIn(Path directory, String name) {
        Path file = directory.resolve(name + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS, "-keyalg", "Ed25519",
                "-dname", "CN=" + name, "-validity", "3650", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", PASSWORD);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool could not make " + file + ": " + output);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + keytool, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making " + file, e);
        }
    }
}
