package nl.kwaliteitsnetwerk.ledger.validation.review.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.EventCopied;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFact;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedEntry;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerStorageEngine;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.CopiedEvent;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.Pages;
import nl.kwaliteitsnetwerk.ledger.testsupport.PublicFeedPages;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader.Delivery;
import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.MembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.Seat;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.Answer;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.BoardReactionRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReportUnderReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewMembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestionAnswered;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportPublished;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewConcluded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewOpened;
import nl.kwaliteitsnetwerk.ledger.validation.review.questions.ValidationQuestionCatalog;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.composeIfNeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The migration of a committee's stream of before: the committee's stream is written in the old shape (reviews
 * inside it, under the class names of then, through the event store), then the migration runs as at start, twice.
 * Each review then has a stream of its own, read, answered, verified and read as of a past instant as a new one;
 * it follows the committee's change stored after its opening; the committee's stream is as it was and its chain
 * verifies; and the copies are neither published again nor told again on the public feed. Runs last: it writes
 * into the one committee's stream behind the committee's back.
 */
@Order(Integer.MAX_VALUE)
class ReviewStreamMigrationTest extends ServiceTestBase {

    private static final String COMMITTEE = ValidationCommittee.OF_THE_NETWORK;
    private static final Actor CHAIR = Actor.of("vc-chair", Role.VALIDATION_COMMITTEE);
    private static final Actor MEMBER = Actor.of("vc-2", Role.VALIDATION_COMMITTEE);

    private final EventStore eventStore;
    private final ReviewStreamMigration migration;
    private final MongoTemplate mongo;
    private final Serializer eventSerializer;

    @Autowired
    ReviewStreamMigrationTest(EventStore eventStore, ReviewStreamMigration migration, MongoTemplate mongo,
                              @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.eventStore = eventStore;
        this.migration = migration;
        this.mongo = mongo;
        this.eventSerializer = eventSerializer;
    }

    @Test
    void everyReviewInACommitteesStreamOfBeforeGetsAStreamOfItsOwnOnceWithTheOldEventsLeftWhereTheyAre() {
        ApiClient api = api();
        composeIfNeeded(api, clock);
        String open = "review-" + UUID.randomUUID();
        String published = "review-" + UUID.randomUUID();
        long before = eventStore.lastSequenceNumberFor(COMMITTEE).orElseThrow();
        List<String> membersThen = api.get("inspector", "/committee").body().path("members").findValuesAsText("userId");
        Instant opened = tick();
        Instant answered = tick();
        MembershipChanged change = aChangeOfSomeoneNoTestSignsInAs(api);
        appendToTheCommittee(before, List.of(
                new ValidationReviewOpened(COMMITTEE, open, "Review van voor de splitsing", List.of(REPORT), SET, VERSION,
                        QUESTIONS.questions(), null, null, null, CHAIR, opened),
                new ValidationQuestionAnswered(COMMITTEE, open, "answer-1", REPORT.reportId(), "V1", Answer.PARTLY,
                        "Redenering van toen", null, null, null, MEMBER, answered),
                change,
                new ValidationReviewOpened(COMMITTEE, published, "Gepubliceerd voor de splitsing", List.of(REPORT), SET,
                        VERSION, QUESTIONS.questions(), null, null, null, CHAIR, tick()),
                new ValidationReviewConcluded(COMMITTEE, published, "Goed toegepast.", null, null, CHAIR, tick()),
                new BoardReactionRecorded(COMMITTEE, published, "Overgenomen.", null, Actor.of("board", Role.NETWORK_BOARD), tick()),
                new ValidationReportPublished(COMMITTEE, published, "Rapport van voor de splitsing", CHAIR, tick())));
        List<? extends DomainEventMessage<?>> committeeBefore = eventStore.readEvents(COMMITTEE).asStream().toList();

        assertThat(migration.migrateAll()).as("the two reviews of before").isEqualTo(2);
        assertThat(migration.migrateAll()).as("a second run").isZero();

        List<? extends DomainEventMessage<?>> copies = eventStore.readEvents(open).asStream().limit(2).toList();
        assertThat(copies).extracting(DomainEventMessage::getType).containsOnly("ValidationReview");
        var openedCopy = (ValidationReviewOpened) copies.get(0).getPayload();
        assertThat(openedCopy.members()).extracting(CommitteeMember::userId).as("the composition then")
                .containsExactlyElementsOf(membersThen);
        assertThat(openedCopy.committeeVersion()).isEqualTo(before);
        assertThat(copies.get(1).getMetaData()).containsEntry(CopiedEvent.MIGRATED_FROM, COMMITTEE)
                .containsEntry(CopiedEvent.ORIGINAL_AGGREGATE_TYPE, "ValidationCommittee")
                .containsEntry(CopiedEvent.ORIGINAL_EVENT_ID, committeeBefore.get((int) before + 2).getIdentifier())
                .containsEntry(CopiedEvent.ORIGINAL_COMMIT_HASH, mongo.getCollection(LedgerStorageEngine.COMMITS)
                        .find(Filters.eq("aggregateId", COMMITTEE)).sort(Sorts.descending("_id")).first()
                        .getString("aggregateHash"));
        assertThat(((Number) copies.get(1).getMetaData().get(CopiedEvent.ORIGINAL_SEQUENCE)).longValue()).isEqualTo(before + 2);
        assertThat(eventStore.readEvents(published).asStream().count()).isEqualTo(4);
        assertThat(eventStore.readEvents(COMMITTEE).asStream().map(DomainEventMessage::getIdentifier).toList())
                .as("the committee's stream, untouched").isEqualTo(committeeBefore.stream().map(DomainEventMessage::getIdentifier).toList());

        String path = "/validation-reviews/" + open;
        JsonNode read = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("vc-3", path),
                r -> r.status() == 200 && r.body().path("members").findValuesAsText("userId")
                        .contains(change.joining().userId())).body();
        assertThat(read.path("version").asLong()).as("opened, answered, and the change stored after").isEqualTo(2);
        DomainEventMessage<?> changeCopied = eventStore.readEvents(open, 2).asStream().findFirst().orElseThrow();
        assertThat(changeCopied.getPayload()).as("copied by the migration, at its place: the follower changes nothing")
                .isInstanceOfSatisfying(ReviewMembershipChanged.class,
                        copied -> assertThat(copied.committeeSequence()).isEqualTo(before + 3));
        assertThat(changeCopied.getMetaData()).containsEntry(CopiedEvent.MIGRATED_FROM, COMMITTEE)
                .containsEntry(CopiedEvent.ORIGINAL_EVENT_ID, committeeBefore.get((int) before + 3).getIdentifier());
        Response answeredNow = api.post("vc-3", path + "/answers", ApiClient.json().put("reportId", REPORT.reportId())
                .put("questionId", "V1").put("answer", "YES").put("reasoning", "Redenering van nu"), "\"2\"");
        assertThat(answeredNow.status()).as(answeredNow.raw()).isEqualTo(200);
        assertThat(answeredNow.etag()).isEqualTo("\"3\"");

        JsonNode asOpened = api.get("vc-3", path + "?asOf=" + opened).body();
        assertThat(asOpened.path("status").asText()).isEqualTo("OPEN");
        assertThat(asOpened.toString()).doesNotContain("Redenering van toen");
        assertThat(api.get("vc-3", path + "?asOf=" + answered).body().toString()).contains("Redenering van toen");
        for (String aggregate : List.of(open, published, COMMITTEE)) {
            Response verified = api.get("vc-3", "/ledger/aggregates/" + aggregate + "/verification");
            assertThat(verified.status()).as(verified.raw()).isEqualTo(200);
            assertThat(verified.body().path("intact").asBoolean()).as(aggregate + ": " + verified.raw()).isTrue();
        }
        assertThat(Pages.all(api, "vc-3", "/committee/trail?limit=200").stream()
                .map(entry -> entry.path("change").path("reviewId").asText()).toList())
                .as("the committee's trail shows them as before").contains(open, published);

        List<Delivery> deliveries = TopicReader.readUntil(IntegrationTopics.VALIDATION, Set.of(COMMITTEE, open, published),
                d -> d.stream().anyMatch(x -> x.event().aggregateId().equals(open) && x.event().sequenceNumber() == 3)
                        && d.stream().anyMatch(x -> x.event().aggregateId().equals(published) && x.event().sequenceNumber() == 3),
                Duration.ofSeconds(30));
        assertThat(deliveries).filteredOn(d -> !d.event().aggregateId().equals(COMMITTEE))
                .as("every sequence of the reviews' own streams: the copies as pointers, what came after as itself")
                .extracting(d -> d.event().aggregateId() + "@" + d.event().sequenceNumber() + " " + d.event().eventType())
                .containsExactlyInAnyOrder(open + "@0 validation.event-copied", open + "@1 validation.event-copied",
                        open + "@2 validation.event-copied", open + "@3 validation.validation-question-answered",
                        published + "@0 validation.event-copied", published + "@1 validation.event-copied",
                        published + "@2 validation.event-copied", published + "@3 validation.event-copied");
        Delivery answerCopied = deliveries.stream().filter(d -> d.event().aggregateId().equals(open)
                && d.event().sequenceNumber() == 1).findFirst().orElseThrow();
        assertThat(EventCopied.of(answerCopied.event())).as("names its original")
                .isEqualTo(new EventCopied(EventCopied.of(answerCopied.event()).eventType(), "ValidationCommittee", COMMITTEE,
                        before + 2, committeeBefore.get((int) before + 2).getIdentifier()));
        assertThat(deliveries).filteredOn(d -> d.event().aggregateId().equals(COMMITTEE))
                .as("the originals, published once as they were stored").extracting(d -> d.event().sequenceNumber())
                .contains(before + 1, before + 7);

        List<PublicFact> told = toldOf(api, published);
        assertThat(told).as("the published report, told once").extracting(PublicFact::factType)
                .containsExactly("validation.report-published");
    }

    /**
     * The public feed reads the copies without telling them again: what they disclosed (here the board's reaction) is
     * known to the review's own stream, so a report published after the split is told whole, and once.
     */
    @Test
    void aReviewPublishedAfterTheSplitIsToldWithTheBoardsReactionOfBefore() {
        ApiClient api = api();
        composeIfNeeded(api, clock);
        String reacted = "review-" + UUID.randomUUID();
        appendAtTheEnd(List.of(
                new ValidationReviewOpened(COMMITTEE, reacted, "Gereageerd voor de splitsing", List.of(REPORT), SET,
                        VERSION, QUESTIONS.questions(), null, null, null, CHAIR, tick()),
                new ValidationReviewConcluded(COMMITTEE, reacted, "Goed toegepast.", null, null, CHAIR, tick()),
                new BoardReactionRecorded(COMMITTEE, reacted, "Reactie van voor de splitsing", null,
                        Actor.of("board", Role.NETWORK_BOARD), tick())));
        assertThat(migration.migrateAll()).isEqualTo(1);

        String chair = api.get("inspector", "/committee").body().path("chairUserId").asText();
        String path = "/validation-reviews/" + reacted;
        Response read = await().atMost(Duration.ofSeconds(30)).until(() -> api.get(chair, path), r -> r.status() == 200);
        assertThat(read.body().path("status").asText()).isEqualTo("BOARD_REACTED");
        Response publication = api.post(chair, path + "/publication",
                ApiClient.json().put("text", "Rapport van na de splitsing"), read.etag());
        assertThat(publication.status()).as(publication.raw()).isEqualTo(200);

        List<PublicFact> told = toldOf(api, reacted);
        assertThat(told).as("told once, after the split").extracting(PublicFact::factType)
                .containsExactly("validation.report-published");
        assertThat(told.get(0).body().toString()).contains("Reactie van voor de splitsing");
    }

    /**
     * A review whose chair changed while it ran: the change is copied at its place among the review's events, so the
     * review reads as chaired by the one who concluded and published it, then and now; a review still open gets
     * every change stored since its opening at its place, the one between its events before them. The chair is
     * given back at the end, as the other tests expect it.
     */
    @Test
    void aChangeOfMembershipWhileAReviewRanIsCopiedAtItsPlace() {
        ApiClient api = api();
        composeIfNeeded(api, clock);
        String chairBefore = api.get("inspector", "/committee").body().path("chairUserId").asText();
        String chairX = "vc-chair-" + UUID.randomUUID().toString().substring(0, 8);
        String published = "review-" + UUID.randomUUID();
        String open = "review-" + UUID.randomUUID();
        long before = eventStore.lastSequenceNumberFor(COMMITTEE).orElseThrow();
        Actor byX = Actor.of(chairX, Role.VALIDATION_COMMITTEE);
        List<Object> stream = new ArrayList<>(List.of(
                new ValidationReviewOpened(COMMITTEE, published, "Voorzitter gewisseld", List.of(REPORT), SET, VERSION,
                        QUESTIONS.questions(), null, null, null, CHAIR, tick()),
                new ValidationReviewOpened(COMMITTEE, open, "Nog open", List.of(REPORT), SET, VERSION,
                        QUESTIONS.questions(), null, null, null, CHAIR, tick()),
                chairChange(api, chairBefore, new CommitteeMember(chairX, "Nieuwe voorzitter", "Universiteit", null,
                        Seat.EXTERNAL), chairX)));
        stream.add(new ValidationQuestionAnswered(COMMITTEE, open, "answer-1", REPORT.reportId(), "V1", Answer.YES,
                "Na de wisseling", null, null, null, MEMBER, tick()));
        Instant concluded = tick();
        stream.add(new ValidationReviewConcluded(COMMITTEE, published, "Goed toegepast.", null, null, byX, concluded));
        stream.add(new BoardReactionRecorded(COMMITTEE, published, "Overgenomen.", null, Actor.of("board", Role.NETWORK_BOARD), tick()));
        stream.add(new ValidationReportPublished(COMMITTEE, published, "Rapport", byX, tick()));
        appendToTheCommittee(before, stream);
        MembershipChanged back = chairChange(api, chairX, new CommitteeMember(chairBefore, "Eva Extern", "Universiteit",
                null, Seat.EXTERNAL), chairBefore);
        appendToTheCommittee(before + stream.size(), List.of(back));

        assertThat(migration.migrateAll()).isEqualTo(2);

        assertThat(eventStore.readEvents(published).asStream().map(e -> e.getPayload().getClass().getSimpleName()).toList())
                .as("the change between its opening and its publication, at its place; the one after, not")
                .containsExactly("ValidationReviewOpened", "ReviewMembershipChanged", "ValidationReviewConcluded",
                        "BoardReactionRecorded", "ValidationReportPublished");
        assertThat(eventStore.readEvents(open).asStream().map(e -> e.getPayload().getClass().getSimpleName()).toList())
                .as("every change since its opening, each at its place")
                .containsExactly("ValidationReviewOpened", "ReviewMembershipChanged", "ValidationQuestionAnswered",
                        "ReviewMembershipChanged");
        String path = "/validation-reviews/" + published;
        JsonNode read = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("vc-3", path),
                r -> r.status() == 200 && r.body().path("status").asText().equals("PUBLISHED")).body();
        assertThat(read.path("chairUserId").asText()).isEqualTo(chairX);
        assertThat(read.path("members").findValuesAsText("userId")).contains(chairX).doesNotContain(chairBefore);
        JsonNode asConcluded = api.get("vc-3", path + "?asOf=" + concluded).body();
        assertThat(asConcluded.path("status").asText()).as(asConcluded.toString()).isEqualTo("CONCLUDED");
        assertThat(asConcluded.path("chairUserId").asText()).isEqualTo(chairX);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("vc-3", "/validation-reviews/" + open),
                r -> r.status() == 200 && r.body().path("version").asLong() == 3
                        && r.body().path("chairUserId").asText().equals(chairBefore));
        assertThat(eventStore.lastSequenceNumberFor(open)).as("the follower's catch-up changed nothing").hasValue(3L);
    }

    /** A review's events without its opening before them are not copied: there is no review to give them to. */
    @Test
    void aReviewWhoseOpeningIsMissingIsNotCopied() {
        composeIfNeeded(api(), clock);
        String orphan = "review-" + UUID.randomUUID();
        String whole = "review-" + UUID.randomUUID();
        appendAtTheEnd(List.of(
                new ValidationQuestionAnswered(COMMITTEE, orphan, "answer-1", REPORT.reportId(), "V1", Answer.YES,
                        "Zonder opening", null, null, null, MEMBER, tick()),
                new ValidationReviewConcluded(COMMITTEE, orphan, "Zonder opening.", null, null, CHAIR, tick()),
                new ValidationReviewOpened(COMMITTEE, whole, "Met opening", List.of(REPORT), SET, VERSION,
                        QUESTIONS.questions(), null, null, null, CHAIR, tick())));

        assertThat(migration.migrateAll()).as("the review with its opening only").isEqualTo(1);
        assertThat(eventStore.lastSequenceNumberFor(orphan)).isEmpty();
        assertThat(eventStore.lastSequenceNumberFor(whole)).hasValue(0L);
        assertThat(api().get("vc-chair", "/validation-reviews/" + orphan).status()).isEqualTo(404);
    }

    /** Two instances starting on one store at once: one of them gives the review its stream, the other finds it done. */
    @Test
    void twoMigrationsAtOnceGiveAReviewItsStreamOnce() throws Exception {
        ApiClient api = api();
        composeIfNeeded(api, clock);
        String review = "review-" + UUID.randomUUID();
        appendAtTheEnd(List.of(
                new ValidationReviewOpened(COMMITTEE, review, "Twee starts", List.of(REPORT), SET, VERSION,
                        QUESTIONS.questions(), null, null, null, CHAIR, tick())));

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = instances.invokeAll(List.of(migration::migrateAll, migration::migrateAll));
            assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(1);
        } finally {
            instances.shutdownNow();
        }
        assertThat(eventStore.readEvents(review).asStream().filter(CopiedEvent::isCopy).count()).isEqualTo(1);
    }

    private static final ReportUnderReview REPORT = new ReportUnderReview("audit-" + UUID.randomUUID(), "AUDIT", "25LH",
            "INSTITUTIONAL", Instant.parse("2027-06-01T10:00:00Z"), null);
    private static final String SET = "kwaliteitsnetwerk-validatievragen";
    private static final String VERSION = "2025";
    private static final nl.kwaliteitsnetwerk.ledger.validation.review.questions.ValidationQuestionSet QUESTIONS =
            ValidationQuestionCatalog.shipped().find(SET, VERSION).orElseThrow();

    private Instant tick() {
        clock.advance(Duration.ofMinutes(1));
        return clock.instant();
    }

    /** A council member no test signs in as leaves for another, on the last change's date or later. */
    private MembershipChanged aChangeOfSomeoneNoTestSignsInAs(ApiClient api) {
        JsonNode committee = api.get("inspector", "/committee").body();
        List<String> users = List.of("vc-chair", "committee", "vc-2", "vc-3", "vc-4", "vc-5");
        String leaving = committee.path("members").findValuesAsText("userId").stream()
                .filter(member -> !users.contains(member)).findFirst().orElse("vc-4");
        String joining = "vc-" + UUID.randomUUID().toString().substring(0, 8);
        return chairChange(api, leaving, new CommitteeMember(joining, "Lid " + joining, "ROC 38XY", "38XY", Seat.COUNCIL),
                committee.path("chairUserId").asText());
    }

    /** {@code leaving} leaves, {@code joining} joins, {@code chair} chairs from then on, on the last change's date. */
    private MembershipChanged chairChange(ApiClient api, String leaving, CommitteeMember joining, String chair) {
        JsonNode committee = api.get("inspector", "/committee").body();
        List<String> dates = committee.path("membershipChanges").findValuesAsText("effectiveOn");
        LocalDate on = dates.isEmpty() ? LocalDate.parse(committee.path("composedFrom").asText())
                : LocalDate.parse(dates.get(dates.size() - 1));
        return new MembershipChanged(COMMITTEE, leaving, joining, chair, on, "Wisseling van voor de splitsing",
                Actor.of("admin", Role.ADMINISTRATOR), tick());
    }

    /** The public facts told of {@code reviewId}, read up to a digest signed now. */
    private static List<PublicFact> toldOf(ApiClient api, String reviewId) {
        Response digest = api.post("admin", "/ledger/digests", ApiClient.json());
        return PublicFeedPages.readUpTo(api, digest.body().path("position").asLong()).stream()
                .map(PublicFeedEntry::fromJson).flatMap(entry -> entry.facts().stream())
                .filter(fact -> fact.body().path("reviewId").asText().equals(reviewId)).toList();
    }

    private void appendAtTheEnd(List<Object> events) {
        appendToTheCommittee(eventStore.lastSequenceNumberFor(COMMITTEE).orElseThrow(), events);
    }

    /** As the committee stored them before reviews had streams of their own: one commit, after {@code last}. */
    private void appendToTheCommittee(long last, List<Object> events) {
        CommitteeStreamOfBefore.append(mongo.getDb(), eventSerializer, COMMITTEE, last, events);
        List<String> stored = mongo.getCollection(LedgerStorageEngine.COMMITS).find(Filters.eq("aggregateId", COMMITTEE))
                .sort(Sorts.descending("_id")).first().getList("events", Document.class).stream()
                .map(event -> event.getString("payloadType")).toList();
        assertThat(stored).as("stored under the names of then").hasSize(events.size())
                .allSatisfy(type -> assertThat(type).startsWith("nl.kwaliteitsnetwerk.ledger.validation.committee.api."));
    }
}
