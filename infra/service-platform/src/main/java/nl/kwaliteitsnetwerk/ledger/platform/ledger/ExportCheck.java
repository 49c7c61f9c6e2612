package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleFrontier;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak.Kind;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerExport.ExportedCommit;
import org.bson.Document;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Checks an export's commits in file order, each against everything before it, and answers each as the
 * document the engine would have written for it; the first break ends the check. Holds only the chain's
 * head, one link per aggregate and the Merkle tree's frontier, so memory grows with the number of
 * aggregates, not of commits. Breaks are named with the verifier's kinds.
 */
final class ExportCheck {

    private final Map<Long, LedgerDigests.SignedDigest> signedAt = new HashMap<>();
    private final Map<String, AggregateTip> aggregates = new HashMap<>();
    private final MerkleFrontier tree = new MerkleFrontier();
    private byte[] chain = LedgerHash.GENESIS;
    private long next;

    /** Where one aggregate's chain stands; an event that belongs to no aggregate has an empty type. */
    record AggregateTip(String aggregateType, long lastSequence, byte[] hash) {
        static final AggregateTip START = new AggregateTip("", -1, LedgerHash.GENESIS);
    }

    /** {@code digests}: the export's signed digests, their signatures checked already. */
    ExportCheck(List<LedgerDigests.SignedDigest> digests) {
        digests.forEach(digest -> signedAt.put(digest.position(), digest));
    }

    /**
     * The commit as the engine stores it, once it verifies after the commits before it.
     * {@code following} is the export's next commit (null at the end): it tells a moved commit from a lost one.
     */
    Document check(ExportedCommit commit, Supplier<ExportedCommit> following) {
        long position = next;
        checkPlace(commit, following);
        List<CommittedEvent> events = events(commit);
        byte[] digest = contentDigest(commit, events);
        byte[] chainHash = LedgerHash.chainHash(chain, position, digest);
        if (!Arrays.equals(chainHash, hash(commit, commit.chainHash()))) {
            throw broken(commit, Kind.INSERTED, "its link in the store's chain does not follow from the commit before it:"
                    + " the ledger did not append it here (inserted or moved, or a commit before it removed)");
        }
        AggregateTip tip = aggregates.getOrDefault(commit.aggregateId(), AggregateTip.START);
        byte[] aggregateHash = aggregateLink(commit, tip, digest);
        tree.add(digest);
        checkSigned(position, chainHash);
        long lastSequence = events.get(events.size() - 1).sequenceNumber();
        aggregates.put(commit.aggregateId(), new AggregateTip(commit.aggregateType(), lastSequence, aggregateHash));
        byte[] followed = chain;
        chain = chainHash;
        next++;
        return LedgerDocuments.commit(position, events.get(0), commit.firstSequence(), lastSequence, events, digest,
                followed, chainHash, tip.hash(), aggregateHash);
    }

    long commitsChecked() {
        return next;
    }

    /** Each aggregate's last sequence number, as the engine records its heads: for aggregates, not for lone events. */
    Map<String, Long> heads() {
        Map<String, Long> heads = new HashMap<>();
        aggregates.forEach((aggregateId, tip) -> {
            if (!tip.aggregateType().isEmpty()) {
                heads.put(aggregateId, tip.lastSequence());
            }
        });
        return heads;
    }

    private void checkPlace(ExportedCommit commit, Supplier<ExportedCommit> following) {
        if (commit.position() == next) {
            return;
        }
        if (commit.position() < next) {
            throw broken(next, commit.aggregateId(), Kind.INSERTED, "a second commit for position " + commit.position()
                    + " stands where commit " + next + " should");
        }
        ExportedCommit after = following.get();
        if (after != null && after.position() == next) {
            throw broken(next, after.aggregateId(), Kind.REORDERED, "it comes after commit " + commit.position() + " in the export");
        }
        throw broken(next, null, Kind.REMOVED, (commit.position() == next + 1 ? "it is missing" : "positions " + next
                + " to " + (commit.position() - 1) + " are missing") + ": the export goes on with commit " + commit.position());
    }

    /** The commit's events, which must be its own aggregate's, numbered on from its first sequence number. */
    private List<CommittedEvent> events(ExportedCommit commit) {
        List<CommittedEvent> events = commit.events();
        if (events == null || events.isEmpty()) {
            throw broken(commit, Kind.ALTERED, "it holds no events");
        }
        for (int i = 0; i < events.size(); i++) {
            CommittedEvent event = events.get(i);
            if (!event.aggregateId().equals(commit.aggregateId()) || !event.aggregateType().equals(commit.aggregateType())
                    || event.sequenceNumber() != commit.firstSequence() + i) {
                throw broken(commit, Kind.ALTERED, "its event " + i + " is not sequence " + (commit.firstSequence() + i)
                        + " of " + commit.aggregateType() + " " + commit.aggregateId());
            }
        }
        return events;
    }

    private byte[] contentDigest(ExportedCommit commit, List<CommittedEvent> events) {
        byte[] digest;
        try {
            digest = LedgerHash.contentDigest(events);
        } catch (IllegalArgumentException notCanonical) {
            throw broken(commit, Kind.ALTERED, "its events cannot be hashed: " + notCanonical.getMessage());
        }
        if (!Arrays.equals(digest, hash(commit, commit.contentDigest()))) {
            throw broken(commit, Kind.ALTERED, "its events do not match its content digest");
        }
        return digest;
    }

    private byte[] aggregateLink(ExportedCommit commit, AggregateTip tip, byte[] digest) {
        long expected = tip.lastSequence() + 1;
        if (commit.firstSequence() < expected) {
            throw broken(commit, Kind.FORKED, "a second commit for sequence " + commit.firstSequence() + " of aggregate "
                    + commit.aggregateId() + ", which an earlier commit holds already");
        }
        if (commit.firstSequence() > expected) {
            throw broken(commit, Kind.REMOVED, "sequence numbers " + expected + " to " + (commit.firstSequence() - 1)
                    + " of aggregate " + commit.aggregateId() + " are missing before it");
        }
        if (!Arrays.equals(tip.hash(), hash(commit, commit.previousAggregateHash()))) {
            throw broken(commit, Kind.ALTERED, "its link to the aggregate's previous commit is wrong");
        }
        byte[] link = LedgerHash.aggregateChainHash(tip.hash(), commit.firstSequence(), digest);
        if (!Arrays.equals(link, hash(commit, commit.aggregateHash()))) {
            throw broken(commit, Kind.ALTERED, "its aggregate chain hash was changed");
        }
        return link;
    }

    /** A signed digest at this position: the chain must end in the hash it signed, the tree have the root it signed. */
    private void checkSigned(long position, byte[] chainHash) {
        LedgerDigests.SignedDigest signed = signedAt.get(position);
        if (signed == null) {
            return;
        }
        if (!Arrays.equals(chainHash, LedgerHash.fromHex(signed.chainHash()))) {
            throw broken(position, null, Kind.ALTERED, "the export's chain hash here differs from the one signed at "
                    + signed.signedAt());
        }
        if (!Arrays.equals(tree.root(), LedgerHash.fromHex(signed.merkleRoot()))) {
            throw broken(position, null, Kind.ALTERED, "the content digests up to here differ from the Merkle root signed at "
                    + signed.signedAt());
        }
    }

    private byte[] hash(ExportedCommit commit, String hex) {
        try {
            return LedgerHash.fromHex(hex);
        } catch (RuntimeException unreadable) {
            throw broken(commit, Kind.ALTERED, "one of its hashes cannot be read: " + hex);
        }
    }

    private RestoreRefused broken(ExportedCommit commit, Kind kind, String detail) {
        return broken(next, commit.aggregateId(), kind, detail);
    }

    private RestoreRefused broken(long position, String aggregateId, Kind kind, String detail) {
        return RestoreRefused.broken(new LedgerBreak(position, aggregateId, kind, detail), next);
    }
}
