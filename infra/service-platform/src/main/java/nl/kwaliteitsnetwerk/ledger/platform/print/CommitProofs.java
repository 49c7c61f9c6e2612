package nl.kwaliteitsnetwerk.ledger.platform.print;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.client.MongoDatabase;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleTree;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedEntry;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.AggregateCommits;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerDigests;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerDigests.InclusionProof;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerDigests.SignedDigest;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrity;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrityException;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerStorageEngine;
import nl.kwaliteitsnetwerk.ledger.platform.publicfeed.PublicFeedStore;
import org.bson.Document;

import java.io.UncheckedIOException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Proves the commit that holds one event of an aggregate to a signed digest that covers it, for a page to
 * show and a PDF to carry ({@link CommitProof}). Nothing is proven over a break: a break the service already
 * knows, one in the aggregate's commits (read by exact key and checked on the way), and a proof that does
 * not check out against the signed digest all refuse with {@link LedgerIntegrityException} (503), because a
 * printed proof would vouch for what the ledger no longer holds.
 */
public class CommitProofs {

    private final MongoDatabase database;
    private final LedgerDigests digests;
    private final LedgerIntegrity integrity;
    private final PublicKey signingKey;
    private final String ledger;
    private final PublicFeedStore feed;
    private final SignedLeaves leaves;

    /** {@code feed}: the service's public feed, or null for a service without one. */
    public CommitProofs(MongoDatabase database, LedgerDigests digests, LedgerIntegrity integrity, PublicKey signingKey,
                        String ledger, PublicFeedStore feed) {
        this.database = database;
        this.digests = digests;
        this.ledger = Objects.requireNonNull(ledger, "the ledger's name (spring.application.name)");
        this.integrity = integrity;
        this.signingKey = signingKey;
        this.feed = feed;
        this.leaves = new SignedLeaves(database.getCollection(LedgerStorageEngine.COMMITS), integrity);
    }

    /**
     * The proof of the commit holding event {@code sequenceNumber} of {@code aggregateId}; empty when the ledger
     * holds no such event. Signs a new digest when the latest does not cover the commit yet.
     */
    public Optional<CommitProof> forEvent(String aggregateId, long sequenceNumber) {
        refuseKnownBreaks();
        AggregateCommits.Walk walk = AggregateCommits.walk(database.getCollection(LedgerStorageEngine.COMMITS),
                database.getCollection(LedgerStorageEngine.AGGREGATE_HEADS), aggregateId);
        if (!walk.intact()) {
            throw integrity.refuse(walk.breaks());
        }
        return walk.commits().stream()
                .filter(c -> c.getLong("firstSequence") <= sequenceNumber && sequenceNumber <= c.getLong("lastSequence"))
                .findFirst().map(this::prove);
    }

    /** As {@link #forEvent}, with the public feed's entry of the commit when the feed tells public facts of it. */
    public Optional<CommitProof> withPublicEntry(String aggregateId, long sequenceNumber) {
        return forEvent(aggregateId, sequenceNumber).map(proof -> publicEntry(proof).map(proof::withEntry).orElse(proof));
    }

    /** The proof as the JSON block of a page ({@code ui/proof :: panel}): safe inside a {@code <script>} element. */
    public String json(CommitProof proof) {
        return ProofJson.forPage(proof);
    }

    private CommitProof prove(Document commit) {
        long position = commit.getLong("_id");
        SignedDigest signed = digests.latest().filter(d -> d.position() >= position).or(digests::signNow)
                .filter(d -> d.position() >= position)
                .orElseThrow(() -> refusal(position, "no signed digest covers the commit after signing one"));
        InclusionProof inclusion = inclusion(position, signed, leaves.upTo(signed.position()));
        if (problem(commit, inclusion) != null) {
            inclusion = inclusion(position, signed, leaves.fresh(signed.position()));
        }
        String problem = problem(commit, inclusion);
        if (problem != null) {
            throw refusal(position, problem);
        }
        return new CommitProof(CommitProof.DOCUMENT, CommitProof.VERSION, ledger, position, inclusion.contentDigest(),
                commit.getString("chainHash"), signed,
                new CommitProof.Inclusion(position, inclusion.treeSize(), inclusion.auditPath()),
                CommitProof.Key.of(signingKey.getEncoded()), null, null);
    }

    private static InclusionProof inclusion(long position, SignedDigest signed, List<byte[]> leaves) {
        List<String> path = MerkleTree.inclusionProof((int) position, leaves).stream().map(LedgerHash::hex).toList();
        return new InclusionProof(position, LedgerHash.hex(leaves.get((int) position)), leaves.size(), path, signed);
    }

    /** What the proof would vouch for that the signed digest does not: null when it all holds. */
    private String problem(Document commit, InclusionProof inclusion) {
        SignedDigest signed = inclusion.digest();
        if (!inclusion.contentDigest().equals(commit.getString("contentDigest"))) {
            return "the commit's content digest is not the one the proof covers";
        }
        List<byte[]> path = inclusion.auditPath().stream().map(LedgerHash::fromHex).toList();
        if (inclusion.treeSize() != signed.position() + 1 || !MerkleTree.verifyInclusion(LedgerHash.fromHex(inclusion.contentDigest()),
                (int) inclusion.position(), (int) inclusion.treeSize(), path, LedgerHash.fromHex(signed.merkleRoot()))) {
            return "the commits up to the signed digest are not the ones it signed";
        }
        if (!signed.statement().verify(signingKey, Base64.getDecoder().decode(signed.signature()))) {
            return "the signed digest is not signed by the service's key";
        }
        if (signed.position() == inclusion.position() && !signed.chainHash().equals(commit.getString("chainHash"))) {
            return "the commit's chain hash is not the one signed";
        }
        return null;
    }

    /** The feed's entry of the commit, when it tells facts; one that does not match the commit or its attestation refuses. */
    private Optional<CommitProof.PublicEntry> publicEntry(CommitProof proof) {
        if (feed == null) {
            return Optional.empty();
        }
        return feed.entry(proof.position()).flatMap(json -> {
            PublicFeedEntry entry = PublicFeedEntry.fromJson(json);
            if (entry.facts().isEmpty()) {
                return Optional.empty();
            }
            if (!entry.contentDigest().equals(proof.contentDigest()) || !entry.attestationHolds(signingKey)) {
                throw refusal(proof.position(), "the public feed's entry does not attest this commit");
            }
            try {
                return Optional.of(new CommitProof.PublicEntry(IntegrationEventCodec.mapper().readTree(json),
                        IntegrationEventCodec.write(entry.facts(), "public facts")));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("the feed's entry " + proof.position() + " cannot be read", e);
            }
        });
    }

    private void refuseKnownBreaks() {
        List<LedgerBreak> known = integrity.knownBreaks();
        if (!known.isEmpty()) {
            throw new LedgerIntegrityException(known.get(0));
        }
    }

    private LedgerIntegrityException refusal(long position, String detail) {
        return integrity.refuse(List.of(new LedgerBreak(position, null, LedgerBreak.Kind.ALTERED, detail)));
    }
}
