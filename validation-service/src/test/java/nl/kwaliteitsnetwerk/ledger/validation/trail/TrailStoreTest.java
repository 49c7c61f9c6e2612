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

    private MongoDatabase database() {
        return client.getDatabase("trail-" + UUID.randomUUID());
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
        MongoDatabase database = database();
        TrailStore store = new TrailStore(database, MAPPER);
        IntegrationEvent last = audit.get(audit.size() - 1);
        audit.subList(0, audit.size() - 1).forEach(store::record);
        DocumentViews<ReportState> reports = new DocumentViews<>(database.getCollection(TrailStore.REPORTS), MAPPER,
                ReportState.class, r -> r.reportId);
        ReportState report = reports.find("audit-1").orElseThrow();
        report.apply(TrailClassifier.classify(last, report.framework).orElseThrow());
        reports.save(report);

        assertThat(store.record(last)).as("the entry was not written before the crash").isEqualTo(TrailStore.Outcome.RECORDED);
        TrailStore clean = fresh();
        audit.forEach(clean::record);
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
