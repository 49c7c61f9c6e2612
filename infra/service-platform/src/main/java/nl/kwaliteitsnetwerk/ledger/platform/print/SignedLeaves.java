package nl.kwaliteitsnetwerk.ledger.platform.print;

import com.mongodb.client.MongoCollection;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrity;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrityException;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.PositionRuns;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * The content digests of the commits from position 0 up to a signed digest's position: the leaves of the tree
 * an inclusion proof is cut from. Read in runs of {@value PositionRuns#RUN} positions (one query each, from the
 * {@code _id} index), and kept: every page that shows a proof needs them, and the store only grows. What is kept
 * cannot make a false proof: each proof is checked against the signed root and the commit's own digest before it
 * is handed out, and {@link #fresh} reads everything again before a failed check is called a break.
 */
final class SignedLeaves {

    private final MongoCollection<Document> commits;
    private final LedgerIntegrity integrity;
    private volatile List<byte[]> kept = List.of();

    SignedLeaves(MongoCollection<Document> commits, LedgerIntegrity integrity) {
        this.commits = commits;
        this.integrity = integrity;
    }

    /** The leaves of positions 0 to {@code lastPosition}, read on from those kept. */
    List<byte[]> upTo(long lastPosition) {
        List<byte[]> known = kept;
        if (known.size() > lastPosition) {
            return known.subList(0, (int) lastPosition + 1);
        }
        List<byte[]> leaves = new ArrayList<>(known);
        for (long from = leaves.size(); from <= lastPosition; from = leaves.size()) {
            int count = (int) Math.min(PositionRuns.RUN, lastPosition - from + 1);
            for (Document commit : PositionRuns.run(commits, from, count)) {
                if (PositionRuns.position(commit) != leaves.size()) {
                    throw missing(leaves.size());
                }
                leaves.add(leaf(commit, leaves.size()));
            }
            if (leaves.size() != from + count) {
                throw missing(leaves.size());
            }
        }
        kept = List.copyOf(leaves);
        return kept;
    }

    /** As {@link #upTo}, with nothing kept read from: after a check failed on what was kept. */
    List<byte[]> fresh(long lastPosition) {
        kept = List.of();
        return upTo(lastPosition);
    }

    private LedgerIntegrityException missing(long position) {
        return integrity.refuse(List.of(new LedgerBreak(position, null, LedgerBreak.Kind.REMOVED,
                "position " + position + ", which a signed digest covers, is missing")));
    }

    private byte[] leaf(Document commit, int expected) {
        try {
            return LedgerHash.fromHex(commit.getString("contentDigest"));
        } catch (RuntimeException unreadable) {
            throw integrity.refuse(List.of(new LedgerBreak((long) expected, null, LedgerBreak.Kind.ALTERED,
                    "the commit here cannot be read as a leaf of the signed tree")));
        }
    }
}
