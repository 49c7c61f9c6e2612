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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Drives the audit API on the embedded stack (H2-file MongoDB wire server, in-process Kafka) and
 * prints, per size of stored history: findings recorded per second, p50/p99 from a finding's
 * command being accepted to the finding being visible in the read model, and raw driver inserts
 * per second into the same store for a ratio.
 */
public final class AuditBench {

    /** How often a client looks for its finding in the read model; polling harder only steals CPU from the service. */
    private static final long POLL_MILLIS = 5;
    /** The steady load of the feed-lag measurement: one finding every 50 ms (20 commits/s). */
    private static final Duration FEED_PACE = Duration.ofMillis(50);

    private AuditBench() {
    }

    public static void main(String[] args) throws Exception {
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
            System.out.printf("clients: %d, findings per client: %d%n%n", settings.clients(), settings.findingsPerClient());
            System.out.printf("%-14s %11s %15s %15s %9s %16s %14s %7s %12s %14s %14s %22s %22s%n", "stored events", "findings/s",
                    "burst visible s", "visible p50 ms", "p99 ms", "load+catch-up s", "raw inserts/s", "ratio",
                    "replay ev/s", "verify c/s", "sha-256 c/s", "feed kafka p50/p99 ms", "feed http p50/p99 ms",
                    "load verified/plain c/s", "tracking verified/plain ev/s");

            long stored = 0;
            for (int target : settings.historySizes()) {
                long loadStart = System.nanoTime();
                if (target > stored) {
                    stored += loader.load(target - stored, settings.clients());
                }
                awaitCaughtUp(processing);
                double catchUpSeconds = (System.nanoTime() - loadStart) / 1e9;

                Round round = measure(client, settings);
                stored += round.eventsAppended();
                double inserts = rawInserts(raw, settings);
                double replay = LedgerRates.catchUpEventsPerSecond(processing, AuditProjection.PROCESSING_GROUP, stored,
                        service.getBean(EventStore.class).createHeadToken().position().orElse(0));
                double[] verification = LedgerRates.verificationAndHashCommitsPerSecond(database);
                ReadVerificationCost.Rates readCost = ReadVerificationCost.measure(database,
                        service.getBean(EventStorageEngine.class), round.auditId());
                awaitCaughtUp(processing);
                FeedLag.Result lag = FeedLag.measure(client, service.getBean(EventStore.class), port, kafka.bootstrapServers(),
                        settings.findingsPerClient(), FEED_PACE);
                stored += settings.findingsPerClient() + 4;
                System.out.printf("%-14d %11.1f %15.1f %15.1f %9.1f %16.1f %14.1f %7.3f %12.0f %14.0f %14.0f %11.1f/%-10.1f %11.1f/%-10.1f"
                                + " %8.0f/%-8.0f (%.2f) %8.0f/%-8.0f (%.2f)%n", target,
                        round.findingsPerSecond(), round.drainSeconds(), round.latencies().percentileMillis(50),
                        round.latencies().percentileMillis(99), catchUpSeconds, inserts, round.findingsPerSecond() / inserts,
                        replay, verification[0], verification[1],
                        lag.kafka().percentileMillis(50), lag.kafka().percentileMillis(99),
                        lag.http().percentileMillis(50), lag.http().percentileMillis(99),
                        readCost.loadVerified(), readCost.loadPlain(), readCost.loadRatio(),
                        readCost.trackingVerified(), readCost.trackingPlain(), readCost.trackingRatio());
            }
        }
    }

    /**
     * Throughput with clients recording back to back, and how long the read model then needs to show
     * the whole burst; after that, latency to visibility with each client recording one finding at a time.
     */
    private static Round measure(AuditHttpClient client, BenchSettings settings) throws Exception {
        List<String> audits = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            audits.add(client.auditOnSiteVisit());
        }
        long[] lastVersions = new long[settings.clients()];
        long start = System.nanoTime();
        runClients(settings.clients(), c -> {
            for (int n = 0; n < settings.findingsPerClient(); n++) {
                lastVersions[c] = client.recordFinding(audits.get(c), n);
            }
        });
        long burstEnd = System.nanoTime();
        double findingsPerSecond = settings.clients() * settings.findingsPerClient() / ((burstEnd - start) / 1e9);
        for (int c = 0; c < settings.clients(); c++) {
            while (client.readModelVersion(audits.get(c)) < lastVersions[c]) {
                Thread.sleep(POLL_MILLIS);
            }
        }
        double drainSeconds = (System.nanoTime() - burstEnd) / 1e9;

        int samples = Math.max(1, settings.findingsPerClient() / 4);
        long[] latencies = new long[settings.clients() * samples];
        runClients(settings.clients(), c -> {
            for (int n = 0; n < samples; n++) {
                long version = client.recordFinding(audits.get(c), n);
                long accepted = System.nanoTime();
                while (client.readModelVersion(audits.get(c)) < version) {
                    Thread.sleep(POLL_MILLIS);
                }
                latencies[c * samples + n] = System.nanoTime() - accepted;
            }
        });
        long appended = settings.clients() * (4L + settings.findingsPerClient() + samples);
        return new Round(findingsPerSecond, drainSeconds, new Latencies(latencies), appended, audits.get(0));
    }

    private static double rawInserts(MongoCollection<Document> raw, BenchSettings settings) throws Exception {
        int perClient = settings.findingsPerClient();
        long start = System.nanoTime();
        runClients(settings.clients(), c -> {
            for (int n = 0; n < perClient; n++) {
                raw.insertOne(new Document("client", c).append("n", n).append("standardCode", "KS1")
                        .append("kind", "OBSERVATION").append("text", "Bevinding " + n)
                        .append("evidence", List.of(new Document("kind", "DOCUMENT").append("reference", "Jaarverslag"))));
            }
        });
        return settings.clients() * perClient / ((System.nanoTime() - start) / 1e9);
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

    private record Round(double findingsPerSecond, double drainSeconds, Latencies latencies, long eventsAppended,
                         String auditId) {
    }
}
