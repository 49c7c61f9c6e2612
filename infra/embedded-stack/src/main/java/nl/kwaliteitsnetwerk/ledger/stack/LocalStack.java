package nl.kwaliteitsnetwerk.ledger.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Starts the whole system on the embedded default: the MongoDB wire-protocol server with its H2
 * file backend, a Kafka broker, and every service as its own process, connected to both through
 * the same properties a real deployment uses. Stops everything on Ctrl-C.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        // Set before the first logger exists; a logback.xml in this jar would leak into services' tests.
        System.setProperty("logback.configurationFile", "local-stack-logback.xml");
        Logger log = LoggerFactory.getLogger(LocalStack.class);
        LocalStackSettings settings = LocalStackSettings.from(System.getProperties(), Path.of("").toAbsolutePath());
        EmbeddedMongo mongo = EmbeddedMongo.persistent(settings.dataDir().resolve("mongo.mv"), "127.0.0.1", settings.mongoPort());
        EmbeddedKafka kafka = EmbeddedKafka.start(settings.kafkaPort());
        log.info("MongoDB wire protocol on {}:{} (data in {}), Kafka on {}",
                mongo.host(), mongo.port(), settings.dataDir(), kafka.bootstrapServers());

        List<Process> services = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            services.forEach(Process::destroy);
            services.forEach(LocalStack::awaitExit);
            kafka.close();
            mongo.close();
            stopped.countDown();
        }, "local-stack-shutdown"));

        for (Map.Entry<String, Integer> service : settings.services().entrySet()) {
            services.add(start(settings, service.getKey(), service.getValue(), mongo, kafka));
        }
        stopped.await();
    }

    private static Process start(LocalStackSettings settings, String service, int port,
                                 EmbeddedMongo mongo, EmbeddedKafka kafka) throws IOException {
        Path jar = findExecutableJar(settings.rootDir().resolve(service).resolve("target"));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.profiles.active=local",
                "--spring.data.mongodb.uri=" + mongo.uri(service.replace("-service", "")),
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--qal.ledger.key-dir=" + settings.dataDir().resolve("keys"),
                // the in-process broker starts empty; the kept event store refills it
                "--qal.integration.replay-on-start=true");
        LoggerFactory.getLogger(LocalStack.class).info("starting {} on http://localhost:{}", service, port);
        return new ProcessBuilder(command).inheritIO().start();
    }

    private static Path findExecutableJar(Path targetDir) throws IOException {
        try (Stream<Path> files = Files.list(targetDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable jar in " + targetDir + ": run mvn install first"));
        }
    }

    private static void awaitExit(Process process) {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
