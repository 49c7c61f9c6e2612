package nl.kwaliteitsnetwerk.ledger.audit.integration;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.audit.AuditServiceApplication;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.DeliveryCheck;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.stack.EmbeddedMongo;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default keeps its data in an H2 file: stop the service and the store, start both
 * again, and the audit, its read model, its trail and its version are all there, and work goes on.
 */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void anAuditSurvivesARestartOfServiceAndStore() {
        MutableClock clock = new MutableClock(Instant.now());
        Path file = dataDir.resolve("mongo.mv");

        EmbeddedMongo store = EmbeddedMongo.persistent(file, "127.0.0.1", 0);
        ConfigurableApplicationContext service = start(store, clock);
        AuditJourney audit = AuditJourney.schedule(api(service), clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard();
        long versionBefore = audit.version;
        JsonNode before = awaitVersion(api(service), audit, versionBefore);
        service.close();
        store.close();

        store = EmbeddedMongo.persistent(file, "127.0.0.1", 0);
        service = start(store, clock);
        try {
            ApiClient api = api(service);
            JsonNode after = api.get("lead", audit.path("")).body();
            assertThat(after).isEqualTo(before);
            assertThat(api.get("lead", audit.path("/trail")).body().path("items")).hasSize((int) versionBefore + 1);

            ApiClient.Response next = api.post("lead", audit.path("/judgements"), ApiClient.json()
                    .put("standardCode", "KS1").put("value", "4").put("rationale", "na herstart"), "\"" + versionBefore + "\"");
            assertThat(next.status()).as(next.raw()).isEqualTo(200);
            assertThat(next.body().path("version").asLong()).isEqualTo(versionBefore + 1);
            assertThat(awaitVersion(api, audit, versionBefore + 1).path("judgements").path("KS1").path("value").asText())
                    .isEqualTo("4");

            DeliveryCheck check = new DeliveryCheck();
            var deliveries = TopicReader.readUntil(IntegrationTopics.AUDITS, Set.of(audit.auditId),
                    d -> d.stream().anyMatch(x -> x.event().sequenceNumber() == versionBefore + 1), Duration.ofSeconds(30));
            assertThat(deliveries).extracting(d -> check.offer(d.event())).doesNotContain(DeliveryCheck.Verdict.GAP);
            assertThat(check.lastApplied("Audit", audit.auditId)).isEqualTo(versionBefore + 1);
        } finally {
            service.close();
            store.close();
        }
    }

    /**
     * Start, stop, and start again on the same stores with nothing recorded, twice, then with a
     * finding: the service comes up every time, with and without the operator's republish command (a
     * start with it on failed on an empty store: Axon's reset stored a null token, which the Mongo
     * token store refused with a NullPointerException).
     */
    @Test
    void aServiceStartsAgainAndAgainOnEmptyStoresAndThenWithAFinding() {
        MutableClock clock = new MutableClock(Instant.now());
        Path file = dataDir.resolve("empty.mv");
        String republish = "--qal.integration.replay-on-start=true";
        startAnswerAndStop(file, clock);
        startAnswerAndStop(file, clock);
        startAnswerAndStop(file, clock, republish);

        EmbeddedMongo store = EmbeddedMongo.persistent(file, "127.0.0.1", 0);
        ConfigurableApplicationContext service = start(store, clock);
        AuditJourney audit;
        ApiClient.Response finding;
        try {
            audit = AuditJourney.schedule(api(service), clock).teamAssigned().intakeHeld().onSiteVisit();
            finding = api(service).post("auditor", audit.path("/findings"), AuditJourney.finding("KS1"));
            assertThat(finding.status()).as(finding.raw()).isEqualTo(200);
        } finally {
            service.close();
            store.close();
        }
        long recorded = finding.body().path("version").asLong();

        store = EmbeddedMongo.persistent(file, "127.0.0.1", 0);
        service = start(store, clock, republish);
        try {
            JsonNode after = awaitVersion(api(service), audit, recorded);
            assertThat(after.path("findings").findValuesAsText("findingId")).contains(finding.text("createdId"));
        } finally {
            service.close();
            store.close();
        }
    }

    private static void startAnswerAndStop(Path file, MutableClock clock, String... more) {
        EmbeddedMongo store = EmbeddedMongo.persistent(file, "127.0.0.1", 0);
        try (ConfigurableApplicationContext service = start(store, clock, more)) {
            ApiClient.Response health = api(service).get("admin", "/actuator/health");
            assertThat(health.status()).as(health.raw()).isEqualTo(200);
        } finally {
            store.close();
        }
    }

    /** The operator's republish command: the feed is refilled from the store, and consumers see duplicates. */
    @Test
    void withReplayOnStartTheFeedIsRepublishedFromTheStore() {
        MutableClock clock = new MutableClock(Instant.now());
        EmbeddedMongo store = EmbeddedMongo.persistent(dataDir.resolve("replay.mv"), "127.0.0.1", 0);
        ConfigurableApplicationContext service = start(store, clock);
        try {
            AuditJourney audit = AuditJourney.schedule(api(service), clock).teamAssigned().intakeHeld();
            long events = audit.version + 1;
            assertThat(TopicReader.readUntil(IntegrationTopics.AUDITS, Set.of(audit.auditId), d -> d.size() >= events,
                    Duration.ofSeconds(30))).hasSize((int) events);
            service.close();

            service = start(store, clock, "--qal.integration.replay-on-start=true");
            var deliveries = TopicReader.readUntil(IntegrationTopics.AUDITS, Set.of(audit.auditId),
                    d -> d.size() >= 2 * events, Duration.ofSeconds(30));
            assertThat(deliveries).hasSize((int) (2 * events));
            DeliveryCheck check = new DeliveryCheck();
            assertThat(deliveries).extracting(d -> check.offer(d.event())).containsExactly(
                    DeliveryCheck.Verdict.NEXT, DeliveryCheck.Verdict.NEXT, DeliveryCheck.Verdict.NEXT,
                    DeliveryCheck.Verdict.DUPLICATE, DeliveryCheck.Verdict.DUPLICATE, DeliveryCheck.Verdict.DUPLICATE);
        } finally {
            service.close();
            store.close();
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedMongo store, MutableClock clock, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.data.mongodb.uri=" + store.uri("audit"),
                "--spring.kafka.bootstrap-servers=" + SharedTestStack.get().kafka().bootstrapServers()));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(AuditServiceApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .profiles("local")
                .run(args.toArray(String[]::new));
    }

    private static ApiClient api(ConfigurableApplicationContext service) {
        return new ApiClient(((WebServerApplicationContext) service).getWebServer().getPort());
    }

    private static JsonNode awaitVersion(ApiClient api, AuditJourney audit, long version) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> api.get("lead", audit.path("")).body(),
                body -> body.path("version").asLong(-1) >= version);
    }
}
