package nl.kwaliteitsnetwerk.ledger.audit.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.DigestStatement;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleTree;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit service's event store as a ledger, through its API: verified, signed, and a commit proven included. */
class LedgerApiTest extends ServiceTestBase {

    @Test
    void theStoreVerifiesAndASignedDigestProvesACommitIncluded() throws Exception {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit();

        JsonNode whole = api.get("inspector", "/ledger/verification").body();
        assertThat(whole.path("intact").asBoolean()).as(whole.toString()).isTrue();
        assertThat(whole.path("breaks").isEmpty()).as(whole.toString()).isTrue();
        assertThat(whole.path("commitsChecked").asLong()).isGreaterThanOrEqualTo(audit.version + 1);
        JsonNode one = api.get("committee", "/ledger/aggregates/" + audit.auditId + "/verification").body();
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
        assertThat(export.path("commits").size()).isEqualTo(whole.path("commitsChecked").asInt())
                .isGreaterThanOrEqualTo(digest.path("position").asInt() + 1);
        assertThat(export.path("digests").findValuesAsText("signature")).contains(digest.path("signature").asText());
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
}
