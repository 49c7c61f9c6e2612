package nl.kwaliteitsnetwerk.ledger.validation.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import nl.kwaliteitsnetwerk.ledger.platform.deadline.MongoDeadlineManager;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import nl.kwaliteitsnetwerk.ledger.validation.ValidationServiceApplication;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The "deadline signals fire once with two instances running and after a restart": two validation
 * services on one store (as two replicas), each with its own deadline manager, race to fire what passed; a third,
 * started after both stopped, fires what they scheduled. Each passing is in the calendar once, also when a
 * deadline is fired again (an instance that stopped between firing and marking it done). The pollers are off:
 * the test polls, with the clock it moves.
 */
class CalendarDeadlinesTest {

    private final String database = "calendar-" + UUID.randomUUID();
    private final String groups = UUID.randomUUID().toString();
    /** An institution only this test's events concern: the topics are shared by every test of the JVM. */
    private final String code = "Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase(Locale.ROOT);
    private final MutableClock clock = new MutableClock(Instant.parse("2027-06-01T09:00:00Z"));
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    @AfterEach
    void stop() {
        running.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void eachPassingIsRecordedOnceWithTwoInstancesRunningAndAfterARestart() throws Exception {
        ConfigurableApplicationContext first = start();
        ConfigurableApplicationContext second = start();
        ApiClient api = api(first);

        PublishedEvents.publishedAudit("audit-" + code, code, Instant.parse("2027-01-01T09:00:00Z"), "2027-07-01").send(2);
        JsonNode tracked = await().atMost(Duration.ofSeconds(60)).until(() -> api.get("inspector", calendar()).body(),
                body -> body.path("openFollowUps").size() == 1);
        assertThat(tracked.path("audit").path("lastReportId").asText()).isEqualTo("audit-" + code);
        assertThat(tracked.path("audit").path("nextDueOn").asText()).isEqualTo("2030-01-02");

        ApiClient.Response term = api.post("inspector", calendar() + "/term", ApiClient.json()
                .put("startsOn", "2023-06-20").put("reference", "herstelonderzoek-2023"));
        assertThat(term.status()).as(term.raw()).isEqualTo(200);

        clock.set(Instant.parse("2027-07-05T00:00:00Z"));
        assertThat(raceUntilQuiet(first, second)).as("the follow-up's due date and the term's end passed").isEqualTo(2);

        refireEveryDeadline();
        assertThat(raceUntilQuiet(first, second)).as("fired again, as after a crash before marking done").isEqualTo(2);

        JsonNode afterRace = api(second).get("inspector", calendar()).body();
        assertThat(afterRace.path("passed").findValuesAsText("eventType"))
                .containsExactlyInAnyOrder("SupervisionTermEnded", "FollowUpOverdue");
        assertThat(afterRace.path("term").path("ended").asBoolean()).isTrue();
        assertThat(afterRace.path("openFollowUps").get(0).path("overdue").asBoolean()).isTrue();

        ApiClient.Response again = api.post("inspector", calendar() + "/term", ApiClient.json()
                .put("startsOn", "2027-07-01").put("years", 1).put("reference", "signaal-2027"));
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        first.close();
        second.close();

        ConfigurableApplicationContext restarted = start();
        clock.set(Instant.parse("2028-07-01T00:00:01Z"));
        assertThat(poll(restarted)).as("the term set before the restart ends after it").isEqualTo(1);
        assertThat(poll(restarted)).isZero();
        JsonNode afterRestart = api(restarted).get("inspector", calendar()).body();
        assertThat(afterRestart.path("passed").findValuesAsText("eventType")).hasSize(3).endsWith("SupervisionTermEnded")
                .containsOnlyOnce("FollowUpOverdue");
    }

    private String calendar() {
        return "/institutions/" + code + "/calendar";
    }

    /**
     * Both instances poll at the same moment, three times a minute apart: two deadlines of one calendar fired at
     * once by two instances conflict, and the one refused is fired again after a short back-off. Answers how many
     * deadlines they fired together.
     */
    private int raceUntilQuiet(ConfigurableApplicationContext first, ConfigurableApplicationContext second)
            throws Exception {
        int total = 0;
        for (int round = 0; round < 3; round++) {
            total += raceToPoll(first, second);
            clock.advance(Duration.ofMinutes(1));
        }
        return total;
    }

    /** Both instances poll at the same moment; answers how many deadlines they fired together. */
    private static int raceToPoll(ConfigurableApplicationContext first, ConfigurableApplicationContext second)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = threads.submit(() -> { start.await(); return poll(first); });
            Future<Integer> other = threads.submit(() -> { start.await(); return poll(second); });
            start.countDown();
            return one.get() + other.get();
        } finally {
            threads.shutdownNow();
        }
    }

    private static int poll(ConfigurableApplicationContext service) {
        return service.getBean(MongoDeadlineManager.class).pollOnce();
    }

    /** Every deadline that fired is back as claimed by an instance whose lease ran out, as if it stopped before marking done. */
    private void refireEveryDeadline() {
        try (MongoClient client = MongoClients.create(SharedTestStack.get().mongo().uri(database))) {
            client.getDatabase(database).getCollection(MongoDeadlineManager.COLLECTION).updateMany(Filters.eq("state", "DONE"),
                    Updates.combine(Updates.set("state", "CLAIMED"), Updates.set("owner", "stopped-instance"),
                            Updates.set("leaseUntil", Date.from(clock.instant().minusSeconds(1)))));
        }
    }

    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext service = new SpringApplicationBuilder(ValidationServiceApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .profiles("local")
                .run("--server.port=0",
                        "--spring.data.mongodb.uri=" + SharedTestStack.get().mongo().uri(database),
                        "--spring.kafka.bootstrap-servers=" + SharedTestStack.get().kafka().bootstrapServers(),
                        "--qal.trail.group-id=trail-" + groups,
                        "--qal.supervision.group-id=calendar-" + groups,
                        "--qal.deadlines.poll=false");
        running.add(service);
        return service;
    }

    private static ApiClient api(ConfigurableApplicationContext service) {
        return new ApiClient(((WebServerApplicationContext) service).getWebServer().getPort());
    }
}
