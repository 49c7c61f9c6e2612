package nl.kwaliteitsnetwerk.ledger.validation.review;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerStorageEngine;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.LedgerTampering;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReportUnderReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewOpened;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.membership.ParkedMembershipChanges;
import nl.kwaliteitsnetwerk.ledger.validation.review.membership.ReviewMembershipFollower;
import nl.kwaliteitsnetwerk.ledger.validation.review.migration.CommitteeStreamOfBefore;
import nl.kwaliteitsnetwerk.ledger.validation.review.migration.ReviewStreamMigration;
import nl.kwaliteitsnetwerk.ledger.validation.review.questions.ValidationQuestionCatalog;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.composeIfNeeded;
import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.council;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

/**
 * A review's stream, or the committee's, that does not verify keeps nothing else from going on: the follower parks
 * the changes the broken review cannot take (listed, counted, in health) and brings them to every other review; the
 * migration skips what it cannot read and gives the others their streams, and never stops the service's start.
 * The service runs on a database of its own here, as its store is broken on purpose; what is broken is put back. It
 * runs last all the same: its committee's events go to the topic the other tests read, under the same key.
 */
@TestPropertySource(properties = {"spring.data.mongodb.database=broken-review-streams",
        "qal.trail.group-id=broken-review-streams"})
@DirtiesContext
@Order(Integer.MAX_VALUE)
class BrokenReviewStreamsTest extends ServiceTestBase {

    private static final String COMMITTEE = ValidationCommittee.OF_THE_NETWORK;
    private static final Actor CHAIR = Actor.of("vc-chair", Role.VALIDATION_COMMITTEE);
    private static final String SET = "kwaliteitsnetwerk-validatievragen";
    private static final ReportUnderReview REPORT = new ReportUnderReview("audit-1", "AUDIT", "25LH", "INSTITUTIONAL",
            Instant.parse("2027-06-01T10:00:00Z"), null);

    @Autowired
    EventStore eventStore;

    private int changes;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ReviewStreamMigration migration;

    @Autowired
    MeterRegistry meters;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void aReviewWhoseStreamDoesNotVerifyIsParkedAndTheOthersGetEveryChange() throws Exception {
        ApiClient api = api();
        composeIfNeeded(api, clock);
        String broken = opened("Gebroken");
        String intact = opened("Heel");
        await().atMost(Duration.ofSeconds(30)).until(() -> registered(broken) && registered(intact));
        LedgerTampering ledger = new LedgerTampering(mongo.getDb());
        long position = ledger.positionOf(broken, 0);
        Document original = ledger.at(position);
        ledger.alterOneCharacter(position);
        try {
            long first = change(api);
            long second = change(api);
            String later = opened("Daarna geopend");

            await().atMost(Duration.ofSeconds(30)).until(() -> eventStore.lastSequenceNumberFor(intact).orElse(0L) == 2);
            await().atMost(Duration.ofSeconds(30)).until(() -> registered(later));
            JsonNode parked = await().atMost(Duration.ofSeconds(30))
                    .until(() -> api.get("admin", "/committee/membership-changes/parked").body(),
                            page -> page.path("items").size() == 2);
            assertThat(parked.path("items").findValuesAsText("reviewId")).containsOnly(broken);
            assertThat(parked.path("items").findValues("committeeSequence")).extracting(JsonNode::asLong)
                    .containsExactlyInAnyOrder(first, second);
            assertThat(parked.path("items").findValuesAsText("reason"))
                    .allSatisfy(reason -> assertThat(reason).startsWith("the review's stream does not verify"));
            assertThat(api.get("vc-2", "/committee/membership-changes/parked").status()).isEqualTo(200);
            assertThat(api.get("inspector", "/committee/membership-changes/parked").status()).isEqualTo(403);
            assertThat(meters.get("qal.review.membership.parked").tag("cause", "ledger-integrity").counter().count())
                    .isEqualTo(2);
            JsonNode health = api.get("admin", "/actuator/health").body().path("components").path("reviewMembership");
            assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("UP");
            assertThat(health.path("details").path("parkedChanges").asLong()).isEqualTo(2);
            assertThat(health.path("details").path("lastParked").path("reviewId").asText()).isEqualTo(broken);
        } finally {
            mongo.getDb().getCollection(LedgerStorageEngine.COMMITS).replaceOne(Filters.eq("_id", position), original);
            awaitIntact(api);
        }
    }

    @Test
    void theMigrationSkipsWhatDoesNotVerifyAndNeverStopsTheStart() {
        ApiClient api = api();
        composeIfNeeded(api, clock);
        MongoDatabase database = mongo.getDb();
        LedgerTampering ledger = new LedgerTampering(database);
        MongoCollection<Document> commits = database.getCollection(LedgerStorageEngine.COMMITS);
        MongoCollection<Document> heads = database.getCollection(LedgerStorageEngine.AGGREGATE_HEADS);
        String broken = "review-" + UUID.randomUUID();
        String intact = "review-" + UUID.randomUUID();
        appendToTheCommittee(List.of(openingOfBefore(broken)));
        assertThat(migration.migrateAll()).isEqualTo(1);
        long brokenPosition = ledger.positionOf(broken, 0);
        Document brokenCommit = ledger.at(brokenPosition);
        Document brokenHead = heads.find(Filters.eq("_id", broken)).first();
        ListAppender<ILoggingEvent> log = listen();
        try {
            ledger.alterOneCharacter(brokenPosition);
            heads.deleteOne(Filters.eq("_id", broken));
            appendToTheCommittee(List.of(openingOfBefore(intact)));

            assertThat(migration.migrateAll()).as("the intact one; the broken one is skipped").isEqualTo(1);
            assertThat(eventStore.lastSequenceNumberFor(intact)).hasValue(0L);
            assertThat(errors(log)).anySatisfy(line -> assertThat(line).contains(broken).contains("ledger break"));

            long committeePosition = ledger.positionsOf(COMMITTEE).get(ledger.positionsOf(COMMITTEE).size() - 1);
            Document committeeCommit = ledger.at(committeePosition);
            ledger.alterOneCharacter(committeePosition);
            try {
                assertThatCode(() -> assertThat(migration.migrateAll()).isZero()).doesNotThrowAnyException();
                assertThatCode(() -> migration.run(null)).as("the service starts").doesNotThrowAnyException();
                assertThat(errors(log)).anySatisfy(line -> assertThat(line).contains("committee's stream " + COMMITTEE));
            } finally {
                commits.replaceOne(Filters.eq("_id", committeePosition), committeeCommit);
            }
        } finally {
            commits.replaceOne(Filters.eq("_id", brokenPosition), brokenCommit);
            heads.replaceOne(Filters.eq("_id", broken), brokenHead, new com.mongodb.client.model.ReplaceOptions().upsert(true));
            ((Logger) LoggerFactory.getLogger(ReviewStreamMigration.class)).detachAppender(log);
            awaitIntact(api);
        }
        assertThat(migration.migrateAll()).as("put back, nothing is left to migrate").isZero();
    }

    private String opened(String title) {
        long read = eventStore.lastSequenceNumberFor(COMMITTEE).orElseThrow();
        JsonNode committee = api().get("inspector", "/committee").body();
        List<CommitteeMember> members;
        try {
            members = Arrays.asList(new com.fasterxml.jackson.databind.ObjectMapper()
                    .treeToValue(committee.path("members"), CommitteeMember[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String reviewId = "review-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>(ValidationReview.class.getSimpleName(), reviewId, 0,
                new ValidationReviewOpened(COMMITTEE, reviewId, title, List.of(REPORT), SET, "2025",
                        ValidationQuestionCatalog.shipped().find(SET, "2025").orElseThrow().questions(), members,
                        committee.path("chairUserId").asText(), read, CHAIR, clock.instant())));
        return reviewId;
    }

    private boolean registered(String reviewId) {
        return mongo.getCollection(ReviewMembershipFollower.COLLECTION).find(Filters.eq("_id", reviewId)).first() != null;
    }

    /** A member who joined last (or vc-5) leaves for a new one; answers the change's number in the committee's stream. */
    private long change(ApiClient api) {
        JsonNode committee = api.get("admin", "/committee").body();
        List<String> members = committee.path("members").findValuesAsText("userId");
        String leaving = members.get(members.size() - 1);
        String joining = "vc-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> dates = committee.path("membershipChanges").findValuesAsText("effectiveOn");
        var change = ApiClient.json().put("leavingUserId", leaving).put("reason", "Wisseling")
                .put("effectiveOn", dates.isEmpty() ? committee.path("composedFrom").asText() : dates.get(dates.size() - 1));
        change.set("joining", council(joining, "4" + changes++ + "XY"));
        ApiClient.Response changed = api.post("admin", "/committee/membership-changes", change);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("admin", "/committee").body()
                .path("members").findValuesAsText("userId").contains(joining));
        return eventStore.lastSequenceNumberFor(COMMITTEE).orElseThrow();
    }

    private ValidationReviewOpened openingOfBefore(String reviewId) {
        return new ValidationReviewOpened(COMMITTEE, reviewId, "Van voor de splitsing", List.of(REPORT), SET, "2025",
                ValidationQuestionCatalog.shipped().find(SET, "2025").orElseThrow().questions(), null, null, null, CHAIR,
                clock.instant());
    }

    private void appendToTheCommittee(List<Object> events) {
        CommitteeStreamOfBefore.append(mongo.getDb(), eventSerializer, COMMITTEE,
                eventStore.lastSequenceNumberFor(COMMITTEE).orElseThrow(), events);
    }

    private void awaitIntact(ApiClient api) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("admin", "/ledger/verification").body().path("intact").asBoolean()).isTrue());
    }

    private static ListAppender<ILoggingEvent> listen() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(ReviewStreamMigration.class)).addAppender(appender);
        return appender;
    }

    private static List<String> errors(ListAppender<ILoggingEvent> log) {
        synchronized (log) {
            return log.list.stream().filter(event -> event.getLevel() == Level.ERROR)
                    .map(ILoggingEvent::getFormattedMessage).toList();
        }
    }
}
