package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoDatabase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.errors.NotFound;
import nl.kwaliteitsnetwerk.ledger.platform.security.AggregateVisibility;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
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
 * digests, prove a commit's inclusion, and export its proof (hashes, no content) for the offline verifier.
 * Every verification served names the aggregate of a break only to a caller who may see it ({@link BreakDisclosure}).
 */
@RestController
@Tag(name = "Ledger")
public class LedgerController {

    private final MongoDatabase database;
    private final LedgerDigests digests;
    private final LedgerIntegrity integrity;
    private final PublicKey signingKey;
    private final Clock clock;
    private final AggregateVisibility visibility;
    private final BreakDisclosure disclosure;

    public LedgerController(MongoDatabase database, LedgerDigests digests, LedgerIntegrity integrity,
                            PublicKey signingKey, Clock clock, AggregateVisibility visibility) {
        this.database = database;
        this.digests = digests;
        this.integrity = integrity;
        this.signingKey = signingKey;
        this.clock = clock;
        this.visibility = visibility;
        this.disclosure = new BreakDisclosure(visibility);
    }

    @SignedIn
    @GetMapping("/ledger/verification")
    @Operation(summary = "Verify the whole store now: every commit's content digest, the store's chain, every aggregate's "
            + "chain and head, no position missing, and the signed digests; lists every break (intact: true|false) by its "
            + "kind and position, and by its aggregate only to a caller who may see that record")
    LedgerVerifier.Verification verify(Caller caller) {
        long mark = integrity.mark();
        LedgerVerifier.Verification verification = new LedgerVerifier(database, signingKey).verify();
        integrity.verified(verification, clock.instant(), mark);
        return disclosure.shownTo(caller, verification);
    }

    @SignedIn
    @GetMapping("/ledger/verification/latest")
    @Operation(summary = "The last whole-store verification (run at start and on a schedule) and when it ran; a break "
            + "names its aggregate only to a caller who may see that record")
    LedgerIntegrity.LastVerification latestVerification(Caller caller) {
        return disclosure.shownTo(caller, integrity.lastVerification()
                .orElseThrow(() -> new NotFound("The ledger has not been verified yet.")));
    }

    @SignedIn
    @GetMapping("/ledger/aggregates/{aggregateId}/verification")
    @Operation(summary = "Verify one aggregate's commits, its own chain and head, and the store against its signed head; "
            + "404 not-found, alike, for an id the ledger does not hold and for a record the caller may not see")
    LedgerVerifier.Verification verifyAggregate(@PathVariable String aggregateId, Caller caller) {
        if (!visibility.visibleTo(caller, aggregateId)) {
            throw RuleViolation.notFound(aggregateId);
        }
        LedgerVerifier.Verification verification = new LedgerVerifier(database, signingKey).verifyHeldAggregate(aggregateId)
                .orElseThrow(() -> RuleViolation.notFound(aggregateId));
        verification.breaks().forEach(integrity::report);
        return disclosure.shownTo(caller, verification);
    }

    @SignedIn
    @GetMapping("/ledger/public-key")
    @Operation(summary = "The Ed25519 public key that signs this service's digests (X.509, base64)")
    Map<String, String> publicKey() {
        return Map.of("algorithm", "Ed25519", "format", "X.509", "key", Base64.getEncoder().encodeToString(digests.publicKey()));
    }

    @Allowed(Role.ADMINISTRATOR)
    @PostMapping("/ledger/digests")
    @Operation(summary = "Sign a digest of the ledger as it stands now (administrators)")
    LedgerDigests.SignedDigest sign() {
        return digests.signNow().orElseThrow(() -> new NotFound("The ledger holds no commit yet."));
    }

    @SignedIn
    @GetMapping("/ledger/digests/latest")
    @Operation(summary = "The latest signed digest")
    LedgerDigests.SignedDigest latest() {
        return digests.latest().orElseThrow(() -> new NotFound("No digest has been signed yet."));
    }

    @SignedIn
    @GetMapping("/ledger/commits/{position}/inclusion-proof")
    @Operation(summary = "The proof that a commit is among those the latest signed digest covers")
    LedgerDigests.InclusionProof inclusionProof(@PathVariable long position) {
        return digests.proveInclusion(position)
                .orElseThrow(() -> new NotFound("No signed digest covers position " + position + " yet."));
    }

    @Allowed(Role.ADMINISTRATOR)
    @GetMapping("/ledger/export")
    @Operation(summary = "The ledger's proof (administrators): every commit's place and hashes, the signed digests and "
            + "the public key, for the offline verifier; no payload, metadata, event type or commit time. The full export, "
            + "with the content, is made by the operator on the host (LedgerExportCommand)")
    LedgerProofExport.Export export() {
        List<Document> verified = new ArrayList<>();
        LedgerVerifier.Verification verification = new LedgerVerifier(database, signingKey).verify(verified::add);
        if (!verification.intact()) {
            throw integrity.refuse(verification.breaks());
        }
        return LedgerProofExport.of(verified, digests);
    }
}
