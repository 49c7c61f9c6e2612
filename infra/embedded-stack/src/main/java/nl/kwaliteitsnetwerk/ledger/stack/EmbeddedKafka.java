package nl.kwaliteitsnetwerk.ledger.stack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Kafka server (the broker of {@code org.apache.kafka:kafka_2.13}, not a test kit) in this process:
 * one node that is broker and KRaft controller at once, listening on 127.0.0.1. Its log lives in a
 * directory of ours, formatted on first start ({@link KafkaLogDirectory}), so topics, their records
 * and consumers' committed offsets are there again after a restart on the same directory.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    /** A port picked as free may be taken before the server binds it; so many tries with another. */
    private static final int TRIES_ON_A_FREE_PORT = 3;

    private final KafkaRaftServer server;
    private final int port;
    private final Path logDir;
    private final boolean deleteOnClose;

    private EmbeddedKafka(KafkaRaftServer server, int port, Path logDir, boolean deleteOnClose) {
        this.server = server;
        this.port = port;
        this.logDir = logDir;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * A server whose log lives in {@code logDir} and survives a restart (and a kill -9: the broker
     * recovers its log at the next start). Port 0 picks a free one.
     */
    public static EmbeddedKafka persistent(Path logDir, int port) {
        return start(logDir.toAbsolutePath(), port, false);
    }

    /** A server on a free port whose log is in a temporary directory, removed on close: for tests. */
    public static EmbeddedKafka temporary() {
        try {
            return start(Files.createTempDirectory("qal-kafka-"), 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for Kafka's log", e);
        }
    }

    private static EmbeddedKafka start(Path logDir, int port, boolean deleteOnClose) {
        KafkaLogDirectory.formatIfNew(logDir, NODE_ID, CONTROLLER_LISTENER);
        int tries = port == 0 ? TRIES_ON_A_FREE_PORT : 1;
        for (int attempt = 1; ; attempt++) {
            int brokerPort = port == 0 ? freePort() : port;
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(settings(logDir, brokerPort, freePort()), false), Time.SYSTEM);
            try {
                server.startup();
                log.info("Kafka on {}:{}, log in {}", HOST, brokerPort, logDir);
                return new EmbeddedKafka(server, brokerPort, logDir, deleteOnClose);
            } catch (RuntimeException e) {
                stop(server);
                if (!isBindFailure(e) || attempt >= tries) {
                    throw new IllegalStateException("Kafka could not start on " + HOST + ":" + brokerPort
                            + (isBindFailure(e) && port != 0 ? ": the port is in use; choose another with -Dqal.kafka-port" : ""), e);
                }
                log.warn("Kafka could not bind the ports it was given; trying others");
            }
        }
    }

    private static boolean isBindFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** One node, broker and controller: every replication factor 1, the log kept without end. */
    private static Map<String, Object> settings(Path logDir, int brokerPort, int controllerPort) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", NODE_ID);
        settings.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        settings.put("controller.listener.names", CONTROLLER_LISTENER);
        settings.put("listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        settings.put("log.dirs", logDir.toString());
        // The trail is rebuilt by reading the integration topics from the beginning: nothing may expire.
        settings.put("log.retention.ms", "-1");
        // A service's consumer may ask for a topic before its producer declared it (the services start together).
        settings.put("auto.create.topics.enable", "true");
        settings.put("num.partitions", 3);
        settings.put("offsets.topic.replication.factor", (short) 1);
        settings.put("offsets.topic.num.partitions", 5);
        settings.put("transaction.state.log.replication.factor", (short) 1);
        settings.put("transaction.state.log.min.isr", 1);
        settings.put("transaction.state.log.num.partitions", 5);
        settings.put("group.initial.rebalance.delay.ms", 0);
        // The log cleaner (for the offsets topic) takes 128 MB of heap by default; this one has little to clean.
        settings.put("log.cleaner.dedupe.buffer.size", 4L * 1024 * 1024);
        return settings;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }

    /** The broker list, as {@code spring.kafka.bootstrap-servers} takes it. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path logDir() {
        return logDir;
    }

    /** A controlled shutdown: the log is closed cleanly, so the next start needs no recovery. */
    @Override
    public void close() {
        stop(server);
        if (deleteOnClose) {
            deleteRecursively(logDir);
        }
    }

    private static void stop(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("could not remove Kafka's temporary log directory {}", dir, e);
        }
    }
}
