package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoDatabase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.platform.errors.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.bson.Document;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

/**
 * The service's event store as a ledger: verify it whole or one aggregate, read and make signed
 * digests, prove a commit's inclusion, and export everything for the offline verifier.
 */
@RestController
@Tag(name = "Ledger")
public class LedgerController {

    private final MongoDatabase database;
    private final LedgerDigests digests;
    private final LedgerIntegrity integrity;
    private final PublicKey signingKey;
    private final Clock clock;

    public LedgerController(MongoDatabase database, LedgerDigests digests, LedgerIntegrity integrity,
                            PublicKey signingKey, Clock clock) {
        this.database = database;
        this.digests = digests;
        this.integrity = integrity;
        this.signingKey = signingKey;
        this.clock = clock;
    }

    @GetMapping("/ledger/verification")
    @Operation(summary = "Verify the whole store now: every commit's content digest, the store's chain, every aggregate's "
            + "chain and head, no position missing, and the signed digests; lists every break (intact: true|false)")
    LedgerVerifier.Verification verify() {
        long mark = integrity.mark();
        LedgerVerifier.Verification verification = new LedgerVerifier(database, signingKey).verify();
        integrity.verified(verification, clock.instant(), mark);
        return verification;
    }

    @GetMapping("/ledger/verification/latest")
    @Operation(summary = "The last whole-store verification (run at start and on a schedule) and when it ran")
    LedgerIntegrity.LastVerification latestVerification() {
        return integrity.lastVerification().orElseThrow(() -> new NotFound("The ledger has not been verified yet."));
    }

    @GetMapping("/ledger/aggregates/{aggregateId}/verification")
    @Operation(summary = "Verify one aggregate's commits, its own chain and head, and the store against its signed head")
    LedgerVerifier.Verification verifyAggregate(@PathVariable String aggregateId) {
        LedgerVerifier.Verification verification = new LedgerVerifier(database, signingKey).verifyAggregate(aggregateId);
        verification.breaks().forEach(integrity::report);
        return verification;
    }

    @GetMapping("/ledger/public-key")
    @Operation(summary = "The Ed25519 public key that signs this service's digests (X.509, base64)")
    Map<String, String> publicKey() {
        return Map.of("algorithm", "Ed25519", "format", "X.509", "key", Base64.getEncoder().encodeToString(digests.publicKey()));
    }

    @PostMapping("/ledger/digests")
    @Operation(summary = "Sign a digest of the ledger as it stands now (administrators)")
    LedgerDigests.SignedDigest sign() {
        return digests.signNow().orElseThrow(() -> new NotFound("The ledger holds no commit yet."));
    }

    @GetMapping("/ledger/digests/latest")
    @Operation(summary = "The latest signed digest")
    LedgerDigests.SignedDigest latest() {
        return digests.latest().orElseThrow(() -> new NotFound("No digest has been signed yet."));
    }

    @GetMapping("/ledger/commits/{position}/inclusion-proof")
    @Operation(summary = "The proof that a commit is among those the latest signed digest covers")
    LedgerDigests.InclusionProof inclusionProof(@PathVariable long position) {
        return digests.proveInclusion(position)
                .orElseThrow(() -> new NotFound("No signed digest covers position " + position + " yet."));
    }

    @GetMapping("/ledger/export")
    @Operation(summary = "Every commit with its events and hashes, the signed digests and the public key (administrators)")
    LedgerExport.Export export() {
        List<Document> verified = new ArrayList<>();
        LedgerVerifier.Verification verification = new LedgerVerifier(database, signingKey).verify(verified::add);
        if (!verification.intact()) {
            throw integrity.refuse(verification.breaks());
        }
        return LedgerExport.of(verified, digests);
    }
}
