package nl.kwaliteitsnetwerk.ledger.launcher;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The launcher as a user runs it: {@code java -jar} on its executable jar, from a directory that is
 * not the repository, with the audit service's jar where {@code mvn install} leaves it. It starts
 * MongoDB, Kafka on the port it is given and the service, and prints its summary once the service
 * answers; a service killed with -9 is started again and answers again; and when the launcher itself
 * is killed with -9, its service ends by itself. Every wait is on a condition, with a generous limit.
 */
class LauncherProcessTest {

    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final String SERVICE = "audit-service";

    @TempDir
    Path dir;

    private Process launcher;
    private List<ProcessHandle> started = List.of();
    private Path log;

    @Test
    void runsFromAnotherDirectoryRestartsAServiceKilledWithMinusNineAndItsServiceEndsWithIt() throws Exception {
        Path root = dir.resolve("repository");
        Path launcherJar = placed(executableJar("embedded-stack"), root.resolve("infra/embedded-stack/target"));
        placed(executableJar(SERVICE), root.resolve(SERVICE).resolve("target"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        int kafkaPort = freePort();
        int servicePort = freePort();
        log = dir.resolve("launcher.log");

        launcher = new ProcessBuilder(javaExecutable(),
                "-Dqal.data-dir=" + dir.resolve("data"),
                "-Dqal.mongo-port=0",
                "-Dqal.kafka-port=" + kafkaPort,
                "-Dqal.services=" + SERVICE + ":" + servicePort,
                "-jar", launcherJar.toString())
                .directory(elsewhere.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        awaitUntil("the ready summary", () -> logText().contains("The Quality Audit Ledger is ready."));
        assertThat(logText()).contains("127.0.0.1:" + kafkaPort + "  (log in " + dir.resolve("data").resolve("kafka"));
        try (Socket kafka = new Socket("127.0.0.1", kafkaPort)) {
            assertThat(kafka.isConnected()).as("Kafka listens on the configured port").isTrue();
        }
        assertThat(healthStatus(servicePort)).isEqualTo(200);

        ProcessHandle service = onlyChild();
        started = List.of(service);
        service.destroyForcibly();
        awaitUntil("the service killed with -9 is gone", () -> !service.isAlive());
        // the launcher's own probe logs the return; it may see the service up a moment after this test does
        awaitUntil("the service answers again, in a new process, and the launcher says so", () -> healthStatus(servicePort) == 200
                && launcher.toHandle().children().anyMatch(child -> child.pid() != service.pid())
                && logText().contains(SERVICE + " answers again on http://localhost:" + servicePort));
        assertThat(logText()).contains(SERVICE + " stopped unexpectedly (exit code 137");

        ProcessHandle restarted = onlyChild();
        started = List.of(service, restarted);
        launcher.destroyForcibly();
        awaitUntil("the launcher killed with -9 is gone", () -> !launcher.isAlive());
        awaitUntil("its service ended by itself", () -> !restarted.isAlive());
        assertThat(logText()).contains("is gone: stopping");
        assertThat(logText().split("The Quality Audit Ledger is ready.", -1)).as("one ready summary").hasSize(2);
    }

    @AfterEach
    void endWhatIsLeft() throws Exception {
        if (launcher != null) {
            launcher.destroyForcibly().waitFor();
        }
        for (ProcessHandle process : started) {
            process.destroyForcibly();
            process.onExit().get();
        }
    }

    private ProcessHandle onlyChild() {
        List<ProcessHandle> children = launcher.toHandle().children().toList();
        assertThat(children).as("the launcher's service processes").hasSize(1);
        return children.get(0);
    }

    private void awaitUntil(String what, Callable<Boolean> condition) {
        try {
            await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(condition);
        } catch (ConditionTimeoutException e) {
            fail(what + " did not happen within " + PATIENCE + "; the launcher's log ends with:\n" + tail(logText(), 80));
        }
    }

    private String logText() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String tail(String text, int lines) {
        List<String> all = Arrays.asList(text.split("\n"));
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static int healthStatus(int port) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** An executable jar this module depends on, as Maven put it on the test class path. */
    private static Path executableJar(String artifact) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(path -> path.getFileName().toString().startsWith(artifact + "-"))
                .filter(path -> path.getFileName().toString().endsWith("-exec.jar"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no executable jar of " + artifact + " on the class path"));
    }

    /** Puts the jar in {@code dir} under its own name: a link where the file system has them, else a copy. */
    private static Path placed(Path jar, Path dir) throws IOException {
        Path placed = Files.createDirectories(dir).resolve(jar.getFileName());
        try {
            return Files.createSymbolicLink(placed, jar.toAbsolutePath());
        } catch (UnsupportedOperationException | IOException noLinks) {
            return Files.copy(jar, placed);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
