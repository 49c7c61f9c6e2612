package nl.kwaliteitsnetwerk.ledger.audit.integration;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.audit.AuditServiceApplication;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.Pages;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import nl.kwaliteitsnetwerk.ledger.stack.StoreProcess;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The process that hosts the embedded store is killed with -9 while eight clients record findings, so that
 * the ledger is in the middle of writing a batch of their commits (group commit); it is started again on the
 * same file and port. Every finding the service acknowledged is then in the event store (the trail), in the
 * read model and on the feed, and the store's chain verifies intact.
 */
class KillNineTest {

    private static final int CLIENTS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 3;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCommandSurvivesAKillNineOfTheStore() throws Exception {
        Path data = dir.resolve("store.mv");
        Process store = StoreProcess.start(data, dir.resolve("port-1"), 0);
        int port = StoreProcess.awaitPort(dir.resolve("port-1"));
        MutableClock clock = new MutableClock(Instant.now());
        ConfigurableApplicationContext service = start(port, clock);
        try {
            ApiClient api = new ApiClient(((WebServerApplicationContext) service).getWebServer().getPort());
            List<AuditJourney> audits = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                audits.add(AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit());
            }
            Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (AuditJourney audit : audits) {
                Set<String> findings = ConcurrentHashMap.newKeySet();
                acknowledged.put(audit.auditId, findings);
                Thread client = new Thread(() -> {
                    while (writing.get()) {
                        ApiClient.Response response = api.post("auditor", audit.path("/findings"), AuditJourney.finding("KS1"));
                        if (response.status() == 200) {
                            findings.add(response.text("createdId"));
                        }
                    }
                });
                client.start();
                clients.add(client);
            }
            // the kill comes once every client has had findings acknowledged, however slow the machine
            await().atMost(Duration.ofMinutes(3)).until(() -> acknowledged.values().stream()
                    .allMatch(findings -> findings.size() >= ACKNOWLEDGED_BEFORE_KILL));
            store.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            writing.set(false);
            for (Thread client : clients) {
                client.join(Duration.ofSeconds(60).toMillis());
            }
            store = StoreProcess.start(data, dir.resolve("port-2"), port);
            StoreProcess.awaitPort(dir.resolve("port-2"));

            int total = acknowledged.values().stream().mapToInt(Set::size).sum();
            assertThat(total).as("findings acknowledged before the kill").isGreaterThan(CLIENTS);
            for (AuditJourney audit : audits) {
                Set<String> findings = acknowledged.get(audit.auditId);
                await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                        .until(() -> api.get("lead", audit.path("/trail")), r -> r.status() == 200);
                Set<String> stored = Pages.all(api, "lead", audit.path("/trail?limit=200")).stream()
                        .flatMap(entry -> entry.findValuesAsText("findingId").stream()).collect(Collectors.toSet());
                assertThat(stored).as("in the event store").containsAll(findings);
                await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() -> assertThat(
                        new HashSet<>(api.get("lead", audit.path("")).body().path("findings").findValuesAsText("findingId")))
                        .as("in the read model").containsAll(findings));
            }
            JsonNode verification = api.get("inspector", "/ledger/verification").body();
            assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
            assertThat(verification.path("commitsChecked").asLong()).as("every acknowledged finding is a commit")
                    .isGreaterThanOrEqualTo(total);
            Set<String> audited = new HashSet<>(audits.stream().map(a -> a.auditId).toList());
            Set<String> wanted = new HashSet<>();
            acknowledged.values().forEach(wanted::addAll);
            Set<String> published = ConcurrentHashMap.newKeySet();
            TopicReader.readUntil(IntegrationTopics.AUDITS, audited, deliveries -> {
                deliveries.forEach(d -> published.add(d.event().payload().path("findingId").asText()));
                return published.containsAll(wanted);
            }, Duration.ofSeconds(90));
            assertThat(published).as("on the feed").containsAll(wanted);
        } finally {
            service.close();
            store.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static ConfigurableApplicationContext start(int mongoPort, MutableClock clock) {
        return new SpringApplicationBuilder(AuditServiceApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .profiles("local")
                .run("--server.port=0",
                        "--spring.data.mongodb.uri=mongodb://127.0.0.1:" + mongoPort
                                + "/audit?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000&socketTimeoutMS=10000",
                        "--spring.kafka.bootstrap-servers=" + SharedTestStack.get().kafka().bootstrapServers());
    }
}
