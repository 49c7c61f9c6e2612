package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleFrontier;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.CommitChecks.AggregateLink;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak.Kind;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerExport.ExportedCommit;
import org.bson.Document;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Checks an export's commits in file order, each against everything before it, and answers each as the
 * document the engine would have written for it; the first break ends the check. A commit is checked as
 * the document it becomes, by the same checks as every read of the store ({@link CommitChecks}, and
 * {@link StoreLinkBreaks} to name a broken store link), so that a restore names a break as the verifier
 * does; only what an export adds is checked here: its positions, and events that must be its own. Holds
 * only the chain's head, one link per aggregate, the Merkle tree's frontier and the last
 * {@value StoreLinkBreaks#WINDOW} commits, so memory grows with the number of aggregates, not of commits.
 */
final class ExportCheck {

    private final Map<Long, LedgerDigests.SignedDigest> signedAt = new HashMap<>();
    private final Map<String, AggregateTip> aggregates = new HashMap<>();
    private final Deque<Document> recent = new ArrayDeque<>(StoreLinkBreaks.WINDOW);
    private final MerkleFrontier tree = new MerkleFrontier();
    private byte[] chain = LedgerHash.GENESIS;
    private long next;

    /** Where one aggregate's chain stands; an event that belongs to no aggregate has an empty type. */
    private record AggregateTip(String aggregateType, AggregateLink link) {
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
        AggregateTip tip = aggregates.getOrDefault(commit.aggregateId(), new AggregateTip("", AggregateLink.START));
        Document document = document(commit, events, position);
        LedgerBreak broken = storeLink(document, position, following);
        if (broken == null) {
            broken = CommitChecks.content(document);
        }
        if (broken == null) {
            broken = CommitChecks.aggregateLink(document, tip.link());
        }
        if (broken != null) {
            throw RestoreRefused.broken(broken, next);
        }
        byte[] chainHash = CommitChecks.chainHash(document);
        tree.add(CommitChecks.storedDigest(document));
        checkSigned(position, chainHash);
        aggregates.put(commit.aggregateId(), new AggregateTip(commit.aggregateType(), CommitChecks.linkAfter(document)));
        remember(document);
        chain = chainHash;
        next++;
        return document;
    }

    long commitsChecked() {
        return next;
    }

    /** Each aggregate's last sequence number, as the engine records its heads: for aggregates, not for lone events. */
    Map<String, Long> heads() {
        Map<String, Long> heads = new HashMap<>();
        aggregates.forEach((aggregateId, tip) -> {
            if (!tip.aggregateType().isEmpty()) {
                heads.put(aggregateId, tip.link().lastSequence());
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

    /**
     * The commit's events, which must be its own aggregate's, numbered on from its first sequence number: an
     * export repeats the aggregate on every event, the store keeps it once, on the commit.
     */
    private List<CommittedEvent> events(ExportedCommit commit) {
        List<CommittedEvent> events = commit.events();
        if (events == null || events.isEmpty()) {
            throw broken(next, commit.aggregateId(), Kind.ALTERED, "it holds no events");
        }
        for (int i = 0; i < events.size(); i++) {
            CommittedEvent event = events.get(i);
            if (!event.aggregateId().equals(commit.aggregateId()) || !event.aggregateType().equals(commit.aggregateType())
                    || event.sequenceNumber() != commit.firstSequence() + i) {
                throw broken(next, commit.aggregateId(), Kind.ALTERED, "its event " + i + " is not sequence "
                        + (commit.firstSequence() + i) + " of its aggregate (" + commit.aggregateType() + ")");
            }
        }
        return events;
    }

    /** The document the engine would have written, with the hashes the export gives: the checks then judge them. */
    private Document document(ExportedCommit commit, List<CommittedEvent> events, long position) {
        try {
            return LedgerDocuments.commit(position, events.get(0), commit.firstSequence(),
                    events.get(events.size() - 1).sequenceNumber(), events, LedgerHash.fromHex(commit.contentDigest()),
                    chain, LedgerHash.fromHex(commit.chainHash()), LedgerHash.fromHex(commit.previousAggregateHash()),
                    LedgerHash.fromHex(commit.aggregateHash()));
        } catch (RuntimeException unreadable) {
            throw broken(next, commit.aggregateId(), Kind.ALTERED, "one of its hashes cannot be read");
        }
    }

    /**
     * Null when the commit's link follows from the one before it; else named as the verifier names it, from the
     * commits around it that the check can see: the last ones checked and the next one in the file.
     */
    private LedgerBreak storeLink(Document document, long position, Supplier<ExportedCommit> following) {
        if (CommitChecks.followsInStore(document, position, chain)) {
            return null;
        }
        LedgerBreak named = StoreLinkBreaks.classify(document, position, chain, p -> around(p, position, following));
        return named != null ? named : CommitChecks.at(document, Kind.INSERTED,
                "its link in the store's chain does not follow from the commit before it");
    }

    /** A commit near {@code position}: one already checked, or the next in the file (its hashes are all that is read). */
    private Document around(long p, long position, Supplier<ExportedCommit> following) {
        if (p == position + 1) {
            ExportedCommit after = following.get();
            return after == null ? null : new Document("_id", p).append("contentDigest", after.contentDigest())
                    .append("chainHash", after.chainHash());
        }
        long back = position - p;
        if (p < 0 || back < 1 || back > recent.size()) {
            return null;
        }
        return recent.stream().skip(recent.size() - back).findFirst().orElse(null);
    }

    private void remember(Document document) {
        if (recent.size() == StoreLinkBreaks.WINDOW) {
            recent.removeFirst();
        }
        recent.addLast(document);
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

    private RestoreRefused broken(long position, String aggregateId, Kind kind, String detail) {
        return RestoreRefused.broken(new LedgerBreak(position, aggregateId, kind, detail), next);
    }
}
