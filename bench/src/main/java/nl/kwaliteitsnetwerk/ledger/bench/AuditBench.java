package nl.kwaliteitsnetwerk.ledger.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import nl.kwaliteitsnetwerk.ledger.audit.AuditServiceApplication;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditProjection;
import nl.kwaliteitsnetwerk.ledger.stack.EmbeddedKafka;
import nl.kwaliteitsnetwerk.ledger.stack.EmbeddedMongo;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Drives the audit API on the embedded stack (H2-file MongoDB wire server, in-process Kafka) and
 * prints, per size of stored history: findings recorded per second at each client count beside raw
 * durable inserts per second by as many writers into the same store (their ratio), p50/p99 from a
 * finding's command being accepted to the finding being visible in the read model (one at a time, and
 * at a steady rate), the ledger's replay and verification rates, and the public feed's lag; then issue
 * 15's targets as met or not.
 */
public final class AuditBench {

    /** How often a client looks for its finding in the read model; polling harder only steals CPU from the service. */
    private static final long POLL_MILLIS = 5;
    /** The steady load of the feed-lag measurement: one finding every 50 ms (20 commits/s). */
    private static final Duration FEED_PACE = Duration.ofMillis(50);

    private AuditBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("breakdown")) {
            FlightBreakdown.print(Path.of(args[1]));
            return;
        }
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Path dataDir = Files.createTempDirectory("qal-bench");
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(dataDir.resolve("mongo.mv"), "127.0.0.1", 0);
             EmbeddedKafka kafka = EmbeddedKafka.temporary();
             ConfigurableApplicationContext service = new SpringApplicationBuilder(AuditServiceApplication.class)
                     .profiles("local")
                     .run("--server.port=0", "--spring.data.mongodb.uri=" + mongo.uri("audit"),
                             "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                             "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            AuditHttpClient client = new AuditHttpClient(port);
            HistoryLoader loader = new HistoryLoader(service.getBean(CommandGateway.class));
            MongoCollection<Document> raw = service.getBean(MongoTemplate.class).getCollection("bench_raw_inserts");
            EventProcessingConfiguration processing = service.getBean(EventProcessingConfiguration.class);
            MongoDatabase database = service.getBean(MongoDatabaseFactory.class).getMongoDatabase();

            System.out.printf("%nQuality Audit Ledger bench: audit service on the embedded stack%n");
            System.out.printf("machine: %d cores, max heap %d MiB, Java %s, %s %s%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
            System.out.printf("clients: %s, findings per client: %d, steady rate: %d findings/s (%d findings)%n%n",
                    settings.clientCounts(), settings.findingsPerClient(), settings.steadyRate(), settings.steadyFindings());
            BenchReport.printThroughputHeader();

            List<StageResult> stages = new ArrayList<>();
            long stored = 0;
            for (int target : settings.historySizes()) {
                long loadStart = System.nanoTime();
                if (target > stored) {
                    stored += loader.load(target - stored, settings.fewestClients());
                }
                awaitCaughtUp(processing);
                double catchUpSeconds = (System.nanoTime() - loadStart) / 1e9;
                long storedAtStart = stored;

                List<StageResult.Throughput> throughput = new ArrayList<>();
                String loadedAudit = null;
                for (int clients : settings.clientCounts()) {
                    Burst burst = burst(client, clients, settings.findingsPerClient());
                    stored += clients * (4L + settings.findingsPerClient());
                    StageResult.Throughput measured = new StageResult.Throughput(clients, burst.findingsPerSecond(),
                            burst.drainSeconds(), rawInserts(raw, clients, settings.findingsPerClient()));
                    BenchReport.printThroughput(target, storedAtStart, measured);
                    loadedAudit = loadedAudit == null ? burst.firstAudit() : loadedAudit;
                    throughput.add(measured);
                }
                awaitCaughtUp(processing);
                int samples = Math.max(1, settings.findingsPerClient() / 4);
                Latencies oneByOne = oneAtATime(client, settings.fewestClients(), samples);
                stored += settings.fewestClients() * (4L + samples);
                awaitCaughtUp(processing);
                SteadyVisibility.Result steady = SteadyVisibility.measure(client, settings.steadyRate(), settings.steadyFindings());
                stored += SteadyVisibility.AUDITS * 4L + settings.steadyFindings();
                awaitCaughtUp(processing);
                double replay = LedgerRates.catchUpEventsPerSecond(processing, AuditProjection.PROCESSING_GROUP, stored,
                        service.getBean(EventStore.class).createHeadToken().position().orElse(0));
                double[] verification = LedgerRates.verificationAndHashCommitsPerSecond(database);
                ReadVerificationCost.Rates readCost = ReadVerificationCost.measure(database,
                        service.getBean(EventStorageEngine.class), loadedAudit);
                awaitCaughtUp(processing);
                FeedLag.Result lag = FeedLag.measure(client, service.getBean(EventStore.class), port, kafka.bootstrapServers(),
                        settings.findingsPerClient(), FEED_PACE);
                long replayed = stored;
                stored += settings.findingsPerClient() + 4;
                stages.add(new StageResult(target, storedAtStart, catchUpSeconds, throughput, oneByOne, steady,
                        replay, replayed, verification[0], verification[1], readCost, lag));
            }
            BenchReport.print(stages, settings);
            Targets.print(stages, settings);
        } finally {
            deleteStore(dataDir);
        }
    }

    /** The bench's store is gigabytes at 100,000 events: it goes when the run ends, however it ends. */
    private static void deleteStore(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Clients recording back to back into an audit each, then how long the read model needs to show the whole burst. */
    private static Burst burst(AuditHttpClient client, int clients, int findingsPerClient) throws Exception {
        List<String> audits = audits(client, clients);
        long[] lastVersions = new long[clients];
        long start = System.nanoTime();
        runClients(clients, c -> {
            for (int n = 0; n < findingsPerClient; n++) {
                lastVersions[c] = client.recordFinding(audits.get(c), n);
            }
        });
        long burstEnd = System.nanoTime();
        double findingsPerSecond = clients * findingsPerClient / ((burstEnd - start) / 1e9);
        for (int c = 0; c < clients; c++) {
            while (client.readModelVersion(audits.get(c)) < lastVersions[c]) {
                Thread.sleep(POLL_MILLIS);
            }
        }
        return new Burst(findingsPerSecond, (System.nanoTime() - burstEnd) / 1e9, audits.get(0));
    }

    /** Latency to visibility with each client recording one finding at a time and waiting until it shows. */
    private static Latencies oneAtATime(AuditHttpClient client, int clients, int samples) throws Exception {
        List<String> audits = audits(client, clients);
        long[] latencies = new long[clients * samples];
        runClients(clients, c -> {
            for (int n = 0; n < samples; n++) {
                long version = client.recordFinding(audits.get(c), n);
                long accepted = System.nanoTime();
                while (client.readModelVersion(audits.get(c)) < version) {
                    Thread.sleep(POLL_MILLIS);
                }
                latencies[c * samples + n] = System.nanoTime() - accepted;
            }
        });
        return new Latencies(latencies);
    }

    private static List<String> audits(AuditHttpClient client, int count) throws Exception {
        List<String> audits = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            audits.add(client.auditOnSiteVisit());
        }
        return audits;
    }

    private static double rawInserts(MongoCollection<Document> raw, int clients, int perClient) throws Exception {
        long start = System.nanoTime();
        runClients(clients, c -> {
            for (int n = 0; n < perClient; n++) {
                raw.insertOne(new Document("client", c).append("n", n).append("standardCode", "KS1")
                        .append("kind", "OBSERVATION").append("text", "Bevinding " + n)
                        .append("evidence", List.of(new Document("kind", "DOCUMENT").append("reference", "Jaarverslag"))));
            }
        });
        return clients * perClient / ((System.nanoTime() - start) / 1e9);
    }

    private static void awaitCaughtUp(EventProcessingConfiguration processing) throws InterruptedException {
        for (var processor : processing.eventProcessors().values()) {
            TrackingEventProcessor tracking = (TrackingEventProcessor) processor;
            while (!tracking.processingStatus().values().stream().allMatch(status -> status.isCaughtUp())
                    || tracking.processingStatus().isEmpty()) {
                Thread.sleep(50);
            }
        }
    }

    private static void runClients(int clients, ClientWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Void>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit((Callable<Void>) () -> {
                work.run(client);
                return null;
            }));
        }
        for (Future<Void> future : futures) {
            future.get();
        }
        pool.shutdown();
    }

    @FunctionalInterface
    private interface ClientWork {
        void run(int client) throws Exception;
    }

    private record Burst(double findingsPerSecond, double drainSeconds, String firstAudit) {
    }
}
