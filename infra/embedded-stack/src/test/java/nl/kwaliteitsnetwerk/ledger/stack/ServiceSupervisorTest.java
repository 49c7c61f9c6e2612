package nl.kwaliteitsnetwerk.ledger.stack;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A supervised process that ends on its own is started again; one that keeps ending is left down, saying so. */
class ServiceSupervisorTest {

    private static final RestartPolicy QUICK = new RestartPolicy(2, Duration.ofMinutes(10), Duration.ofMillis(10), Duration.ofMillis(10));
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ServiceSupervisor.class);

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void aServiceThatKeepsEndingIsRestartedAsOftenAsThePolicyAllowsAndThenLeftDown() throws IOException {
        Path starts = dir.resolve("starts");
        ServiceSupervisor supervisor = supervising("echo started >> " + starts + "; exit 3");

        supervisor.start();
        await().atMost(PATIENCE).until(() -> !supervisor.isSupervising());

        assertThat(Files.readAllLines(starts)).as("the first start and two restarts").hasSize(3);
        assertThat(messages()).filteredOn(message -> message.contains("stopped unexpectedly (exit code 3")).hasSize(2);
        assertThat(messages()).filteredOn(message -> message.contains("is NOT restarted")).hasSize(1);
    }

    @Test
    void aServiceStoppedByTheLauncherIsNotRestarted() throws IOException {
        Path starts = dir.resolve("starts");
        ServiceSupervisor supervisor = supervising("echo started >> " + starts + "; exec sleep 600");

        supervisor.start();
        await().atMost(PATIENCE).until(() -> Files.exists(starts));
        supervisor.beginStop();
        supervisor.awaitStop(Instant.now().plus(PATIENCE));

        assertThat(supervisor.isSupervising()).isFalse();
        assertThat(Files.readAllLines(starts)).hasSize(1);
        assertThat(messages()).noneMatch(message -> message.contains("stopped unexpectedly"));
    }

    private ServiceSupervisor supervising(String script) throws IOException {
        return new ServiceSupervisor("test-service", freePort(), List.of("sh", "-c", script), dir, QUICK,
                Clock.systemUTC(), (name, status) -> { });
    }

    private List<String> messages() {
        return logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** A port nothing listens on: the supervised process never answers a health check. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
