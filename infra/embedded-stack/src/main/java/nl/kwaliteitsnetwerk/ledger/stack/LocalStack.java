package nl.kwaliteitsnetwerk.ledger.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the whole system on the embedded default: the MongoDB wire-protocol server with its H2
 * file backend, a Kafka server, both keeping their data in the data directory, and every service as
 * its own supervised process, connected to both through the same properties a real deployment uses.
 * Prints one summary when every service answers. On Ctrl-C or SIGTERM it stops the services
 * gracefully (forcibly after a grace period), then Kafka and MongoDB. Each service is told this
 * process's id and ends by itself when this process is gone, even after a kill -9 of it.
 */
public final class LocalStack {

    /** Spring's graceful shutdown of a service takes a few seconds; after this it is ended forcibly. */
    static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(20);

    private final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private final LocalStackSettings settings;
    private final Clock clock;
    private final Map<String, String> healthStatuses = new ConcurrentHashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LocalStack(LocalStackSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public static void main(String[] args) throws InterruptedException {
        // Set before the first logger exists; a logback.xml in this jar would leak into services' tests.
        System.setProperty("logback.configurationFile", "local-stack-logback.xml");
        Logger log = LoggerFactory.getLogger(LocalStack.class);
        try {
            LocalStackSettings settings = LocalStackSettings.from(System.getProperties(), ServiceJars.launcherLocation());
            new LocalStack(settings, Clock.systemUTC()).run();
        } catch (RuntimeException e) {
            // exit explicitly: threads of a half-started broker or store would keep this process alive
            log.error("the local stack cannot start: {}", e.getMessage(), e.getCause());
            System.exit(1);
        }
    }

    private void run() throws InterruptedException {
        Map<String, Path> jars = new LinkedHashMap<>();
        settings.services().keySet().forEach(service -> jars.put(service, ServiceJars.executableJar(settings.rootDir(), service)));
        EmbeddedMongo mongo = startMongo();
        EmbeddedKafka kafka;
        try {
            kafka = EmbeddedKafka.persistent(settings.kafkaLogDir(), settings.kafkaPort());
        } catch (RuntimeException e) {
            mongo.close();
            throw e;
        }
        CountDownLatch allAnswered = new CountDownLatch(settings.services().size());
        List<ServiceSupervisor> supervisors = new ArrayList<>();
        settings.services().forEach((service, port) -> supervisors.add(new ServiceSupervisor(service, port,
                command(jars.get(service), service, port, mongo, kafka), settings.rootDir(), RestartPolicy.DEFAULT, clock,
                (name, status) -> {
                    healthStatuses.put(name, status);
                    allAnswered.countDown();
                })));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(supervisors, kafka, mongo), "local-stack-shutdown"));
        supervisors.forEach(ServiceSupervisor::start);

        allAnswered.await();
        log.info(new ReadySummary(settings.services(), healthStatuses, kafka.bootstrapServers(), kafka.logDir(),
                mongo.host() + ":" + mongo.port(), settings.mongoFile()).text());
        stopped.await();
    }

    private EmbeddedMongo startMongo() {
        try {
            EmbeddedMongo mongo = EmbeddedMongo.persistent(settings.mongoFile(), "127.0.0.1", settings.mongoPort());
            log.info("MongoDB wire protocol on {}:{}, data in {}", mongo.host(), mongo.port(), settings.mongoFile());
            return mongo;
        } catch (RuntimeException e) {
            throw new IllegalStateException("MongoDB could not start on 127.0.0.1:" + settings.mongoPort() + " with "
                    + settings.mongoFile() + " (port in use? choose another with -Dqal.mongo-port; another launcher on the same "
                    + "data directory?): " + e.getMessage(), e);
        }
    }

    private List<String> command(Path jar, String service, int port, EmbeddedMongo mongo, EmbeddedKafka kafka) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.profiles.active=local",
                "--spring.data.mongodb.uri=" + mongo.uri(service.replace("-service", "")),
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--qal.ledger.key-dir=" + settings.keyDir(),
                // the service ends itself when this process is gone, however this process ended
                "--qal.parent-pid=" + ProcessHandle.current().pid()));
        command.addAll(pageLinks());
        return command;
    }

    /** Each service's pages link to the others' where this launcher started them (qal.ui.links.audit, ...). */
    private List<String> pageLinks() {
        return settings.services().entrySet().stream()
                .map(service -> "--qal.ui.links." + service.getKey().replace("-service", "") + "=http://localhost:"
                        + service.getValue())
                .toList();
    }

    private void stop(List<ServiceSupervisor> supervisors, EmbeddedKafka kafka, EmbeddedMongo mongo) {
        Instant began = clock.instant();
        log.info("stopping the services");
        supervisors.forEach(ServiceSupervisor::beginStop);
        Instant deadline = began.plus(SERVICE_STOP_GRACE);
        supervisors.forEach(supervisor -> supervisor.awaitStop(deadline));
        log.info("stopping Kafka and MongoDB");
        kafka.close();
        mongo.close();
        log.info("stopped in {}", ServiceSupervisor.inWords(Duration.between(began, clock.instant())));
        stopped.countDown();
    }
}
