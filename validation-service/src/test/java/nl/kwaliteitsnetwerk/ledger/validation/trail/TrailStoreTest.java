package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The trail store on its own: what a redelivery, a replay or a crash between its two writes does to it. */
class TrailStoreTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final MongoClient client = MongoClients.create(SharedTestStack.get().mongo().uri("trail-store-test"));
    private final List<IntegrationEvent> audit = PublishedEvents.publishedAudit("audit-1", "29WT",
            Instant.parse("2027-01-01T09:00:00Z"), "2028-01-01").events();
    private final List<IntegrationEvent> dialogue = PublishedEvents.finalDialogue("dialogue-1", "25LH",
            Instant.parse("2027-02-01T09:00:00Z")).events();

    @AfterEach
    void close() {
        client.close();
    }

    private TrailStore fresh() {
        return new TrailStore(database(), MAPPER);
    }

    /** A store that recorded every event of a report but {@code last}, and its report states as stored. */
    private record AllButTheLast(TrailStore store, DocumentViews<ReportState> reports, IntegrationEvent last) {
    }

    private AllButTheLast allButTheLast(List<IntegrationEvent> events) {
        MongoDatabase database = database();
        TrailStore store = new TrailStore(database, MAPPER);
        events.subList(0, events.size() - 1).forEach(store::record);
        return new AllButTheLast(store, new DocumentViews<>(database.getCollection(TrailStore.REPORTS), MAPPER,
                ReportState.class, r -> r.reportId), events.get(events.size() - 1));
    }

    private MongoDatabase database() {
        return client.getDatabase("trail-" + UUID.randomUUID());
    }

    @Test
    void theStoreKeepsBusinessDatesTheirCorrectionsTheReportsVersionsAndEveryInstitution() {
        PublishedEvents events = PublishedEvents.publishedAudit("audit-2", "29WT", Instant.parse("2026-11-30T09:00:00Z"),
                "2023-06-01").stating("audit.site-visit-started", p -> p.put("occurredOn", "2022-09-28"))
                .stating("audit.report-finalised", p -> p.put("reportDigest", "2".repeat(64)));
        String visit = events.events().stream().filter(e -> e.eventType().equals("audit.site-visit-started")).findFirst()
                .orElseThrow().eventId();
        events.dateCorrected(p -> p.put("correctedEventId", visit).put("correctedDate", "2022-09-27").put("reason", "Eerder"));
        events.erratum("3".repeat(64), "2".repeat(64));
        TrailStore store = fresh();
        events.events().forEach(store::record);
        List<IntegrationEvent> review = PublishedEvents.completedPeerReview("peer-1", "30XY", "25LH",
                Instant.parse("2027-01-01T09:00:00Z")).events();
        review.forEach(store::record);

        ReportState kept = store.report("audit-2").orElseThrow();
        assertThat(kept.visitStartedOn).hasToString("2022-09-27");
        assertThat(kept.versions).extracting(ReportVersion::number).containsExactly(1, 2);
        assertThat(kept.reportDigest).isEqualTo("3".repeat(64));
        assertThat(store.report("peer-1").orElseThrow().institutions()).containsExactly("25LH", "30XY");
        assertThat(store.reports("25LH")).extracting(r -> r.reportId).containsExactly("peer-1");
        assertThat(store.entries("25LH", null)).hasSize(review.size());
    }

    @Test
    void everyEventDeliveredTwiceIsRecordedOnce() {
        TrailStore once = fresh();
        TrailStore twice = fresh();
        for (IntegrationEvent event : audit) {
            assertThat(once.record(event)).isEqualTo(TrailStore.Outcome.RECORDED);
            twice.record(event);
            assertThat(twice.record(event)).isEqualTo(TrailStore.Outcome.DUPLICATE);
        }
        assertThat(twice.size()).isEqualTo(audit.size());
        assertThat(twice.fingerprint()).isEqualTo(once.fingerprint());
    }

    @Test
    void theOrderOfReportsInterleavedDoesNotMatterOnlyTheOrderWithinEach() {
        TrailStore oneAfterTheOther = fresh();
        audit.forEach(oneAfterTheOther::record);
        dialogue.forEach(oneAfterTheOther::record);
        TrailStore interleaved = fresh();
        List<IntegrationEvent> a = new ArrayList<>(audit);
        List<IntegrationEvent> d = new ArrayList<>(dialogue);
        Random random = new Random(7);
        while (!a.isEmpty() || !d.isEmpty()) {
            List<IntegrationEvent> next = d.isEmpty() || (!a.isEmpty() && random.nextBoolean()) ? a : d;
            interleaved.record(next.remove(0));
        }
        assertThat(interleaved.fingerprint()).isEqualTo(oneAfterTheOther.fingerprint());
    }

    @Test
    void aCrashBetweenTheTwoWritesIsRepairedByTheRedelivery() {
        AllButTheLast recorded = allButTheLast(audit);
        IntegrationEvent last = recorded.last();
        ReportState report = recorded.reports().find("audit-1").orElseThrow();
        report.apply(TrailClassifier.classify(last, report.framework).orElseThrow());
        recorded.reports().save(report);
        TrailStore store = recorded.store();

        assertThat(store.record(last)).as("the entry was not written before the crash").isEqualTo(TrailStore.Outcome.RECORDED);
        TrailStore clean = fresh();
        audit.forEach(clean::record);
        assertThat(store.fingerprint()).isEqualTo(clean.fingerprint());
    }

    @Test
    void aDialogueStoredBeforeReactionsWereCountedIsGivenThemFromItsEntries() {
        AllButTheLast recorded = allButTheLast(dialogue);
        DocumentViews<ReportState> reports = recorded.reports();
        ReportState before = reports.find("dialogue-1").orElseThrow();
        before.reactionsToDrafts = null;
        reports.save(before);
        TrailStore store = recorded.store();

        assertThat(store.report("dialogue-1").orElseThrow().reactionsToDrafts.unanswered()).containsExactly(1);
        store.record(recorded.last());
        assertThat(reports.find("dialogue-1").orElseThrow().reactionsToDrafts.notRecorded()).as("the reaction kept")
                .containsExactly(1);
        TrailStore clean = fresh();
        dialogue.forEach(clean::record);
        assertThat(store.fingerprint()).isEqualTo(clean.fingerprint());
    }

    @Test
    void eventsOfOtherAggregatesAreNoPartOfTheTrail() {
        IntegrationEvent validation = new IntegrationEvent(1, UUID.randomUUID().toString(), "validation.committee-composed", 1,
                "ValidationCommittee", "validatiecommissie", 0, null, Instant.now(), null, MAPPER.createObjectNode());
        TrailStore store = fresh();
        assertThat(store.record(validation)).isEqualTo(TrailStore.Outcome.NOT_A_REPORT);
        assertThat(store.size()).isZero();
    }

    @Test
    void aReportStateFoldedFromItsEntriesIsTheOneTheStoreKept() {
        TrailStore store = fresh();
        audit.forEach(store::record);
        List<TrailEntry> entries = new ArrayList<>(store.entries(null, "audit-1"));
        Collections.reverse(entries);
        ReportState folded = ReportState.fold(entries);
        ReportState kept = store.report("audit-1").orElseThrow();
        assertThat(folded.finalisedAt).isEqualTo(kept.finalisedAt).isNotNull();
        assertThat(folded.lastSequence).isEqualTo(kept.lastSequence).isEqualTo(audit.size() - 1);
        assertThat(kept.gaps).isZero();
    }
}
