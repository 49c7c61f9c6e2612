package nl.kwaliteitsnetwerk.ledger.audit.publicfeed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFact;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedEntry;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.PublicFeedPages;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.verifier.FeedFollower;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inspectorate's feed of the audit service, over HTTP (pages and a live stream) and Kafka: every
 * commit in order with nothing confidential, the public facts of a published audit attested, each
 * entry conforming to its schema, and the chain matching the signed digest.
 */
class PublicFeedApiTest extends ServiceTestBase {

    private static final List<String> CONFIDENTIAL = List.of("Bevinding over", "Graag nuanceren", "KS2 genuanceerd",
            "Eindrapport", "Nieuw BPV-protocol", "\"actor\"", "\"userId\"");

    /** How far the stream test reads: far enough for several cuts, not so far that its time grows with the store. */
    private static final long STREAM_WINDOW = 80;

    private AuditJourney published;
    private AuditJourney unpublished;
    private String conceptDigest;
    private long head;

    @BeforeEach
    void twoAudits() {
        ApiClient api = api();
        published = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit().findingsOnEveryStandard()
                .everyStandardJudged().visitClosed().conceptIssued().commentedOn().commentDisposed();
        conceptDigest = published.reportDigest();
        published.finalised().published();
        published.step("roc", "/follow-ups/" + published.followUpId() + "/done", ApiClient.json().put("evidence", "Nieuw BPV-protocol"));
        unpublished = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit().findingsOnEveryStandard()
                .everyStandardJudged().visitClosed().conceptIssued().commentedOn();
        ApiClient.Response digest = api.post("admin", "/ledger/digests", ApiClient.json());
        assertThat(digest.status()).as(digest.raw()).isEqualTo(200);
        head = digest.body().path("position").asLong();
    }

    @Test
    void everyCommitIsOnTheFeedInOrderAndOnlyPublishedFactsAreTold() throws Exception {
        List<String> raw = PublicFeedPages.readUpTo(api(), head);
        List<PublicFeedEntry> feed = raw.stream().map(PublicFeedEntry::fromJson).toList();
        String all = String.join("\n", raw);
        CONFIDENTIAL.forEach(secret -> assertThat(all).as("the feed never tells " + secret).doesNotContain(secret));

        List<PublicFact> told = feed.stream().flatMap(e -> e.facts().stream()).toList();
        assertThat(told).filteredOn(f -> f.aggregateId().equals(unpublished.auditId)).isEmpty();
        List<PublicFact> ours = told.stream().filter(f -> f.aggregateId().equals(published.auditId)).toList();
        assertThat(ours).extracting(PublicFact::factType).containsExactly("audit.report-published",
                "audit.report-record",
                "audit.follow-up-status", "audit.follow-up-status");
        JsonNode report = ours.get(0).body();
        JsonNode record = ours.get(1).body();
        assertThat(record.path("reportDigest").asText()).as("the digest of the report as published")
                .isEqualTo(published.reportDigest());
        assertThat(record.path("approvals").get(0).path("standsOnDigest").asText()).as("finalising stands on the report it made")
                .isEqualTo(published.reportDigest());
        assertThat(record.toString()).as("the concept the lead finalised, and its digest, stay confidential")
                .doesNotContain(conceptDigest);
        ours = List.of(ours.get(0), ours.get(2), ours.get(3));
        assertThat(report.path("summary").asText()).isEqualTo("Business Marketing Services B.V. heeft een integraal kwaliteitssysteem.");
        assertThat(report.path("standardJudgements").size()).isEqualTo(AuditJourney.STANDARDS.size());
        assertThat(report.path("institution").path("code").asText()).isEqualTo("29WT");
        assertThat(ours.get(1).body().path("status").asText()).isEqualTo("OPEN");
        assertThat(ours.get(2).body().path("status").asText()).isEqualTo("REPORTED_DONE");
        assertThat(feed).filteredOn(e -> !e.facts().isEmpty()).allMatch(e -> e.attestation() != null);
        assertThat(feed).filteredOn(e -> e.facts().isEmpty()).allMatch(e -> e.attestation() == null);
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theExampleConsumerVerifiesTheChainAndEveryAttestationAgainstTheSignedDigest(@TempDir Path dir) throws Exception {
        FeedFollower follower = new FeedFollower(URI.create("http://localhost:" + port + "/"), "inspector", "inspector");
        Path stateFile = dir.resolve("feed-state.json");
        List<Long> positions = new ArrayList<>();
        Long verifiedAt = null;
        FeedFollower.State state = FeedFollower.State.load(stateFile);
        while (state.position() < head) {
            FeedFollower.Round round = follower.follow(state, entry -> positions.add(entry.position()));
            round.state().save(stateFile);
            state = FeedFollower.State.load(stateFile);
            verifiedAt = round.digestVerifiedAt() != null ? round.digestVerifiedAt() : verifiedAt;
        }
        assertThat(verifiedAt).as("the chain matched the signed digest").isEqualTo(head);
        for (int i = 0; i < positions.size(); i++) {
            assertThat(positions.get(i)).isEqualTo(i);
        }
        FeedFollower.Round again = follower.follow(FeedFollower.State.load(stateFile), entry -> positions.add(entry.position()));
        assertThat(again.state().position()).as("resumes from its saved position").isGreaterThanOrEqualTo(head);
        assertThat(positions).doesNotHaveDuplicates();
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aStreamCutMidwayResumesFromLastEventIdMissingNothingAndRepeatingNothing() throws Exception {
        List<Long> received = new ArrayList<>();
        readStream(null, 5, received);
        assertThat(received).containsExactly(0L, 1L, 2L, 3L, 4L);
        // a window of the feed, cut every seven entries: the feed holds every commit of every test in this JVM
        long end = Math.min(head, STREAM_WINDOW);
        while (received.get(received.size() - 1) < end) {
            long last = received.get(received.size() - 1);
            readStream(last, (int) Math.min(7, end - last), received);
        }
        assertThat(received).hasSize((int) end + 1);
        for (int i = 0; i < received.size(); i++) {
            assertThat(received.get(i)).as("in order, none missed, none twice").isEqualTo(i);
        }
    }

    /** Opens the stream, reads {@code count} entries and drops the connection, as a network failure would. */
    private void readStream(Long lastEventId, int count, List<Long> received) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public-feed/stream"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("inspector:inspector".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId.toString());
        }
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (InputStream body = response.body();
             BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            int read = 0;
            Long id = null;
            for (String line = lines.readLine(); line != null && read < count; line = lines.readLine()) {
                if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).trim());
                } else if (line.startsWith("data:")) {
                    PublicFeedEntry entry = PublicFeedEntry.fromJson(line.substring(5));
                    assertThat(entry.position()).isEqualTo(id);
                    received.add(id);
                    read++;
                }
            }
        }
    }

    @Test
    void theFeedIsTheInspectoratesAndBadRequestsAreRefusedClearly() {
        ApiClient api = api();
        for (String user : List.of("lead", "auditor", "roc", "committee", "admin")) {
            assertThat(api.get(user, "/public-feed").status()).as(user).isEqualTo(403);
            assertThat(api.get(user, "/public-feed/stream").status()).as(user).isEqualTo(403);
        }
        assertThat(api.get(null, "/public-feed").status()).isEqualTo(401);
        ApiClient.Response tooMany = api.get("inspector", "/public-feed?limit=100000");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.isProblem()).isTrue();
        assertThat(api.get("roc", "/public-feed/schemas").body().toString()).contains("public-feed-entry.v1.json");
        assertThat(api.get("roc", "/public-feed/schemas/audit.report-published.v1.json").status()).isEqualTo(200);
        assertThat(api.get("roc", "/public-feed/schemas/nothing.json").status()).isEqualTo(404);
    }

    /**
     * Other test classes run services with ledgers of their own against the same broker; the entries of
     * this ledger are those the HTTP feed of this service also gives.
     */
    @Test
    void theKafkaFeedHasEveryPositionKeyedByAggregateInOrderAndTheSignedDigest() {
        List<PublicFeedEntry> http = PublicFeedPages.readUpTo(api(), head).stream().map(PublicFeedEntry::fromJson).toList();
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestStack.get().kafka().bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "inspectorate-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<Long, PublicFeedEntry> received = new HashMap<>();
        Map<String, Long> lastPerAggregate = new HashMap<>();
        List<JsonNode> digests = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of(IntegrationTopics.PUBLIC_AUDITS));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    String type = new String(record.headers().lastHeader("qal-type").value(), StandardCharsets.UTF_8);
                    if (type.equals("signed-digest")) {
                        digests.add(new ObjectMapper().readTree(record.value()));
                        continue;
                    }
                    PublicFeedEntry entry = PublicFeedEntry.fromJson(record.value());
                    if (entry.position() > head || !entry.equals(http.get((int) entry.position()))) {
                        continue;
                    }
                    long latest = lastPerAggregate.merge(record.key(), entry.position(), Math::max);
                    assertThat(entry.position() == latest || received.containsKey(entry.position()))
                            .as("in order per aggregate; an earlier position again only as a redelivery").isTrue();
                    received.put(entry.position(), entry);
                }
                return received.size() == http.size() && digests.stream().anyMatch(d -> d.path("position").asLong() == head
                        && d.path("chainHash").asText().equals(http.get((int) head).chainHash()));
            });
        }
        assertThat(received.values()).flatMap(PublicFeedEntry::facts)
                .filteredOn(f -> f.aggregateId().equals(published.auditId)).isNotEmpty();
    }
}
