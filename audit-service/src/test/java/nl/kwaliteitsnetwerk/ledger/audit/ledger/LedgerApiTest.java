package nl.kwaliteitsnetwerk.ledger.audit.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.DigestStatement;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleTree;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerStorageEngine;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.verifier.LedgerFile;
import nl.kwaliteitsnetwerk.ledger.verifier.OfflineVerifier;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit service's event store as a ledger, through its API: verified, signed, and a commit proven included;
 * one audit's verification only for whoever may see the audit, and a break naming an audit only to them; and the
 * export a proof without content, event types or commit times.
 */
class LedgerApiTest extends ServiceTestBase {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Autowired
    private MongoDatabaseFactory databases;

    @Test
    void theStoreVerifiesAndASignedDigestProvesACommitIncluded() throws Exception {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit();

        JsonNode whole = api.get("inspector", "/ledger/verification").body();
        assertThat(whole.path("intact").asBoolean()).as(whole.toString()).isTrue();
        assertThat(whole.path("breaks").isEmpty()).as(whole.toString()).isTrue();
        assertThat(whole.path("commitsChecked").asLong()).isGreaterThanOrEqualTo(audit.version + 1);
        JsonNode one = await().until(() -> aggregateVerification(api, "lead", audit.auditId),
                response -> response.status() == 200).body();
        assertThat(one.path("intact").asBoolean()).as(one.toString()).isTrue();
        assertThat(one.path("commitsChecked").asLong()).as("one commit per command").isEqualTo(audit.version + 1);

        assertThat(api.post("roc", "/ledger/digests", ApiClient.json()).status()).isEqualTo(403);
        Response signed = api.post("admin", "/ledger/digests", ApiClient.json());
        assertThat(signed.status()).as(signed.raw()).isEqualTo(200);
        JsonNode digest = signed.body();
        DigestStatement statement = new DigestStatement(digest.path("position").asLong(),
                LedgerHash.fromHex(digest.path("chainHash").asText()), LedgerHash.fromHex(digest.path("merkleRoot").asText()),
                Instant.parse(digest.path("signedAt").asText()));
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(api.get("inspector", "/ledger/public-key").text("key"))));
        assertThat(statement.verify(key, Base64.getDecoder().decode(digest.path("signature").asText()))).isTrue();

        JsonNode proof = api.get("inspector", "/ledger/commits/0/inclusion-proof").body();
        List<byte[]> path = new ArrayList<>();
        proof.path("auditPath").forEach(node -> path.add(LedgerHash.fromHex(node.asText())));
        assertThat(MerkleTree.verifyInclusion(LedgerHash.fromHex(proof.path("contentDigest").asText()), 0,
                proof.path("treeSize").asInt(), path, statement.merkleRoot())).isTrue();

        assertThat(api.get("inspector", "/ledger/export").status()).isEqualTo(403);
        JsonNode export = api.get("admin", "/ledger/export").body();
        assertThat(export.path("contents").asText()).isEqualTo("proof");
        assertThat(export.path("commits").size()).isGreaterThanOrEqualTo(whole.path("commitsChecked").asInt())
                .isGreaterThanOrEqualTo(digest.path("position").asInt() + 1);
        assertThat(export.path("digests").findValuesAsText("signature")).contains(digest.path("signature").asText());
    }

    /** A hidden audit and an id nobody knows answer alike: the same status, code and words, apart from the id. */
    @Test
    void oneAuditsVerificationAnswersWhoMayNotSeeItAsForAnUnknownId() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned();
        await().until(() -> aggregateVerification(api, "lead", audit.auditId), response -> response.status() == 200);
        assertThat(aggregateVerification(api, "admin", audit.auditId).status()).as("its planning data").isEqualTo(200);
        String unknownId = UUID.randomUUID().toString();

        for (String outsider : List.of("other-roc", "inspector", "committee")) {
            Response hidden = aggregateVerification(api, outsider, audit.auditId);
            Response unknown = aggregateVerification(api, outsider, unknownId);

            for (Response notFound : List.of(hidden, unknown)) {
                assertThat(notFound.status()).as(outsider + ": " + notFound.raw()).isEqualTo(404);
                assertThat(notFound.contentType()).startsWith("application/problem+json");
                assertThat(notFound.text("code")).isEqualTo("not-found");
            }
            assertThat(hidden.text("detail")).as(outsider).isEqualTo(unknown.text("detail").replace(unknownId, audit.auditId))
                    .doesNotContain("Business Marketing Services B.V.").doesNotContain("29WT");
        }
        assertThat(aggregateVerification(api, "lead", unknownId).status()).as("unknown to the ledger").isEqualTo(404);
    }

    @Test
    void theExportHoldsNoneOfAFindingsTextAndVerifiesOffline() throws Exception {
        ApiClient api = api();
        String marker = "Markeertekst-" + UUID.randomUUID();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit();
        audit.step("auditor", "/findings", AuditJourney.finding("KS1").put("text", "Vertrouwelijk: " + marker));
        assertThat(storedPayloads(audit.auditId)).as("the store holds the text").contains(marker);

        Response export = api.get("admin", "/ledger/export");

        assertThat(export.status()).as(export.raw()).isEqualTo(200);
        assertThat(export.raw()).doesNotContain(marker).doesNotContain("Vertrouwelijk").doesNotContain("Business Marketing Services B.V.")
                .doesNotContain("Lea Lead").doesNotContain("\"payload\"").doesNotContain("\"metadata\"")
                .doesNotContain("\"eventTypes\"").doesNotContain("\"committedAt\"").doesNotContain("FindingRecorded");
        List<Document> events = storedEvents(audit.auditId);
        assertThat(events).as("the audit's events").hasSizeGreaterThanOrEqualTo(5);
        for (Document event : events) {
            assertThat(export.raw()).as("no event type and no commit time").doesNotContain(event.getString("payloadType"))
                    .doesNotContain(event.getString("timestamp"));
        }
        String serviceKey = api.get("inspector", "/ledger/public-key").text("key");
        OfflineVerifier.Result result = OfflineVerifier.verify(JSON.treeToValue(export.body(), LedgerFile.class), serviceKey);
        assertThat(result.intact()).as(result.problem()).isTrue();
        assertThat(result.commits()).isEqualTo(export.body().path("commits").size());
    }

    /**
     * An audit's recorded head raised above its commits (a removal the store's walk sees only there, at no position,
     * and which disturbs no other reader): its team and administrators read the break with the audit's id, anyone
     * else the same break by its kind without it, now and in the last result. The head is put back at the end.
     */
    @Test
    void aBreakNamesTheAuditOnlyToWhoeverMaySeeIt() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned();
        await().until(() -> aggregateVerification(api, "lead", audit.auditId), response -> response.status() == 200);
        MongoCollection<Document> heads = databases.getMongoDatabase().getCollection(LedgerStorageEngine.AGGREGATE_HEADS);
        long recorded = ((Number) heads.find(Filters.eq("_id", audit.auditId)).first().get("lastSequence")).longValue();
        heads.updateOne(Filters.eq("_id", audit.auditId), Updates.set("lastSequence", recorded + 3));
        try {
            for (String maySee : List.of("admin", "lead")) {
                JsonNode whole = api.get(maySee, "/ledger/verification").body();
                assertThat(whole.path("intact").asBoolean()).as(maySee + ": " + whole).isFalse();
                assertThat(whole.path("breaks").findValuesAsText("aggregateId")).as(maySee).contains(audit.auditId);
            }
            for (String outsider : List.of("inspector", "other-roc", "committee")) {
                Response whole = api.get(outsider, "/ledger/verification");
                assertThat(whole.status()).as(whole.raw()).isEqualTo(200);
                assertThat(whole.body().path("intact").asBoolean()).isFalse();
                assertThat(whole.body().path("breaks").findValuesAsText("kind")).as(outsider).contains("REMOVED");
                assertThat(whole.raw()).as(outsider).doesNotContain(audit.auditId);
                Response latest = api.get(outsider, "/ledger/verification/latest");
                assertThat(latest.raw()).as(outsider).contains("REMOVED").doesNotContain(audit.auditId);
            }
            assertThat(api.get("lead", "/ledger/verification/latest").raw()).contains(audit.auditId);
        } finally {
            heads.updateOne(Filters.eq("_id", audit.auditId), Updates.set("lastSequence", recorded));
            await().untilAsserted(() -> {
                assertThat(api.get("admin", "/ledger/verification").body().path("intact").asBoolean()).isTrue();
                assertThat(api.get("admin", "/actuator/health").status()).isEqualTo(200);
            });
        }
    }

    @Test
    void theLedgerIsVerifiedInTheBackgroundAndItsLastResultIsReadableAndExported() {
        ApiClient api = api();
        JsonNode latest = await().until(() -> api.get("inspector", "/ledger/verification/latest"),
                response -> response.status() == 200).body();
        assertThat(latest.path("result").path("intact").asBoolean()).as(latest.toString()).isTrue();
        assertThat(latest.path("at").asText()).isNotBlank();
        String metrics = api.get("admin", "/actuator/prometheus").raw();
        assertThat(metrics).contains("qal_ledger_intact", "qal_ledger_last_verification_seconds");
        JsonNode health = api.get("admin", "/actuator/health").body();
        assertThat(health.path("components").path("ledger").path("status").asText()).isEqualTo("UP");
    }

    private static Response aggregateVerification(ApiClient api, String user, String aggregateId) {
        return api.get(user, "/ledger/aggregates/" + aggregateId + "/verification");
    }

    private String storedPayloads(String aggregateId) {
        StringBuilder payloads = new StringBuilder();
        storedEvents(aggregateId).forEach(event -> payloads.append(event.getString("payload")));
        return payloads.toString();
    }

    private List<Document> storedEvents(String aggregateId) {
        List<Document> events = new ArrayList<>();
        databases.getMongoDatabase().getCollection(LedgerStorageEngine.COMMITS).find(Filters.eq("aggregateId", aggregateId))
                .forEach(commit -> events.addAll(commit.getList("events", Document.class)));
        return events;
    }
}
