package nl.kwaliteitsnetwerk.ledger.testsupport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ledger's promise at the live store of a service, through the real driver: each way of tampering
 * with one aggregate's commits is named by the verification (whole store and that aggregate), a command
 * on the aggregate answers 503 {@code ledger-integrity} and appends nothing (no fork), a read of its
 * history answers the same, health is DOWN, the metric counts the break by kind and the log says ERROR
 * once per break. After each case the commits are put back and the ledger verifies intact again.
 * The service runs on a database (and a trail consumer group) of its own here, as its store is broken
 * on purpose, and its context is closed after the test so it shares nothing with the other tests.
 */
@TestPropertySource(properties = {"spring.data.mongodb.database=ledger-tampering", "qal.trail.group-id=ledger-tampering"})
@DirtiesContext
public abstract class LedgerTamperingTestBase extends ServiceTestBase {

    private static final String INTEGRITY_LOGGER = "nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrity";

    @Autowired
    private MongoDatabaseFactory databases;

    @Autowired
    private MeterRegistry meters;

    /** Creates, through the API, an aggregate with at least five commits; answers its id. */
    protected abstract String aggregateWithHistory(ApiClient api);

    /** One more command on that aggregate, as its users send it. */
    protected abstract ApiClient.Response commandOn(ApiClient api, String aggregateId);

    /** A read of that aggregate's history from the ledger (its trail, or as it stood at an instant). */
    protected abstract ApiClient.Response historyOf(ApiClient api, String aggregateId);

    private record Case(String name, String kind, Consumer<Tamper> tamper) {
    }

    /** What a case needs to tamper: the commits and the positions of the aggregate's commits by sequence. */
    private record Tamper(LedgerTampering ledger, List<Long> positions) {
    }

    @Test
    void everyTamperingIsNamedRefusedAndAlarmed() {
        ApiClient api = api();
        String aggregateId = aggregateWithHistory(api);
        assertThat(api.post("admin", "/ledger/digests", ApiClient.json()).status()).isEqualTo(200);
        MongoDatabase database = databases.getMongoDatabase();
        LedgerTampering ledger = new LedgerTampering(database);
        List<Long> positions = ledger.positionsOf(aggregateId);
        assertThat(positions).as("the aggregate has five commits or more").hasSizeGreaterThanOrEqualTo(5);
        long tail = positions.get(positions.size() - 1);
        assertThat(tail).as("the aggregate's last commit is the store's last").isEqualTo(ledger.lastPosition());
        awaitIntact(api);

        ListAppender<ILoggingEvent> log = listen();
        for (Case tampering : List.of(
                new Case("alter one byte", "altered", t -> t.ledger().alterOneCharacter(t.positions().get(2))),
                new Case("delete a middle commit", "removed", t -> t.ledger().delete(t.positions().get(2))),
                new Case("delete the tail below a signed digest", "truncated", t -> t.ledger().truncateFrom(tail)),
                new Case("swap two commits", "reordered", t -> t.ledger().swap(t.positions().get(2), t.positions().get(3))),
                new Case("insert a forged commit", "inserted", t -> t.ledger().insertForged(aggregateId)),
                new Case("change an aggregate-chain hash", "altered", t -> t.ledger().changeAggregateHash(t.positions().get(2))))) {
            Map<Long, Document> before = snapshot(database);
            synchronized (log) {
                log.list.clear();
            }
            tampering.tamper().accept(new Tamper(ledger, positions));
            assertBrokenEverywhere(api, database, aggregateId, tampering);
            assertThat(errorsPerBreak(log)).as(tampering.name() + ": each break is logged as an ERROR once")
                    .isNotEmpty().allSatisfy((message, count) -> assertThat(count).as(message).isEqualTo(1));
            restore(database, before);
            awaitIntact(api);
        }
    }

    private void assertBrokenEverywhere(ApiClient api, MongoDatabase database, String aggregateId, Case tampering) {
        String name = tampering.name();
        double counted = breaksCounted(tampering.kind());

        JsonNode whole = api.get("admin", "/ledger/verification").body();
        assertThat(whole.path("intact").asBoolean()).as(name + ": " + whole).isFalse();
        assertThat(whole.path("breaks").findValuesAsText("kind")).as(name + ": " + whole).contains(tampering.kind().toUpperCase());
        JsonNode one = api.get("admin", "/ledger/aggregates/" + aggregateId + "/verification").body();
        assertThat(one.path("intact").asBoolean()).as(name + ": " + one).isFalse();

        long commits = database.getCollection("ledger_commits").countDocuments();
        ApiClient.Response command = commandOn(api, aggregateId);
        assertRefused(name + " (command)", command);
        assertThat(database.getCollection("ledger_commits").countDocuments()).as(name + ": nothing appended, no fork")
                .isEqualTo(commits);
        assertRefused(name + " (history)", historyOf(api, aggregateId));

        ApiClient.Response health = api.get("admin", "/actuator/health");
        assertThat(health.status()).as(name + ": " + health.raw()).isEqualTo(503);
        assertThat(health.body().path("components").path("ledger").path("status").asText()).isEqualTo("DOWN");
        assertThat(breaksCounted(tampering.kind())).as(name + ": counted by kind").isGreaterThan(counted);
    }

    private static void assertRefused(String what, ApiClient.Response response) {
        assertThat(response.status()).as(what + ": " + response.raw()).isEqualTo(503);
        assertThat(response.contentType()).as(what).startsWith("application/problem+json");
        assertThat(response.text("code")).as(what).isEqualTo("ledger-integrity");
    }

    private void awaitIntact(ApiClient api) {
        await().untilAsserted(() -> {
            JsonNode verification = api.get("admin", "/ledger/verification").body();
            assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
            assertThat(api.get("admin", "/actuator/health").status()).isEqualTo(200);
        });
    }

    private double breaksCounted(String kind) {
        Counter counter = meters.find("qal.ledger.breaks").tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    private static Map<Long, Document> snapshot(MongoDatabase database) {
        Map<Long, Document> all = new HashMap<>();
        database.getCollection("ledger_commits").find().forEach(commit -> all.put(commit.getLong("_id"), commit));
        return all;
    }

    private static void restore(MongoDatabase database, Map<Long, Document> before) {
        MongoCollection<Document> commits = database.getCollection("ledger_commits");
        List<Long> present = new ArrayList<>();
        commits.find().forEach(commit -> {
            if (commit.equals(before.get(commit.getLong("_id")))) {
                present.add(commit.getLong("_id"));
            } else {
                commits.deleteOne(Filters.eq("_id", commit.getLong("_id")));
            }
        });
        before.forEach((position, commit) -> {
            if (!present.contains(position)) {
                commits.insertOne(commit);
            }
        });
    }

    private static ListAppender<ILoggingEvent> listen() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(INTEGRITY_LOGGER)).addAppender(appender);
        return appender;
    }

    private static Map<String, Integer> errorsPerBreak(ListAppender<ILoggingEvent> log) {
        Map<String, Integer> counts = new HashMap<>();
        List<ILoggingEvent> events;
        synchronized (log) {
            events = List.copyOf(log.list);
        }
        for (ILoggingEvent event : events) {
            if (event.getLevel() == Level.ERROR) {
                counts.merge(event.getFormattedMessage(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
