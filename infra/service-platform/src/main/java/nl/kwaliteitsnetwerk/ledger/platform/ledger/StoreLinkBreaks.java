package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak.Kind;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Names what a commit is whose link in the store's chain does not follow from the commit before it.
 * Every commit's chain hash binds its position, so a commit that was moved still links at the position it
 * was committed at; the commits around it (a window of {@value #WINDOW} on each side) are searched for
 * that position. Runs only when a link is broken, so its extra reads cost nothing on an intact ledger.
 */
final class StoreLinkBreaks {

    static final int WINDOW = 16;

    private StoreLinkBreaks() {
    }

    /**
     * The break at {@code position}, or null when the commit stands where it was committed and only the
     * one before it is out of place (that one's break names it).
     */
    static LedgerBreak classify(Document commit, long position, byte[] previousChainHash, LongFunction<Document> commitAt) {
        byte[] digest;
        byte[] chain;
        try {
            digest = CommitChecks.storedDigest(commit);
            chain = CommitChecks.chainHash(commit);
        } catch (RuntimeException unreadable) {
            return CommitChecks.at(commit, Kind.INSERTED, "its hashes cannot be read: the ledger never wrote it");
        }
        List<byte[]> nearbyChains = new ArrayList<>(List.of(LedgerHash.GENESIS, previousChainHash));
        for (long p = Math.max(0, position - WINDOW); p <= position + WINDOW; p++) {
            Document near = p == position ? null : commitAt.apply(p);
            if (near != null && near.get("chainHash") instanceof String hash) {
                nearbyChains.add(LedgerHash.fromHex(hash));
            }
        }
        if (linksAt(position, digest, chain, nearbyChains)) {
            return null;
        }
        for (long q = Math.max(0, position - WINDOW); q <= position + WINDOW; q++) {
            if (q != position && linksAt(q, digest, chain, nearbyChains)) {
                Document atQ = commitAt.apply(q);
                if (atQ != null && atQ.get("chainHash") instanceof String hash && Arrays.equals(LedgerHash.fromHex(hash), chain)) {
                    return CommitChecks.at(commit, Kind.INSERTED, "it is a copy of the commit at position " + q);
                }
                return CommitChecks.at(commit, Kind.REORDERED, "it was committed at position " + q);
            }
        }
        Document next = commitAt.apply(position + 1);
        byte[] expected = LedgerHash.chainHash(previousChainHash, position, digest);
        if (next != null && CommitChecks.followsInStore(next, position + 1, expected)) {
            return CommitChecks.at(commit, Kind.ALTERED, "its chain hash was changed");
        }
        return CommitChecks.at(commit, Kind.INSERTED,
                "its link follows from no commit around it: the ledger never appended it here");
    }

    /**
     * The store chain to go on from after a commit whose link {@link #classify} named {@code broken}: past a
     * changed chain hash, the hash it should have had, so that the commit after it is not named as well.
     */
    static byte[] chainAfter(Document commit, long position, byte[] previousChainHash, LedgerBreak broken) {
        if (broken != null && broken.kind() == Kind.ALTERED) {
            return LedgerHash.chainHash(previousChainHash, position, CommitChecks.storedDigest(commit));
        }
        try {
            return CommitChecks.chainHash(commit);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static boolean linksAt(long position, byte[] digest, byte[] chain, List<byte[]> previousChains) {
        for (byte[] previous : previousChains) {
            if (Arrays.equals(LedgerHash.chainHash(previous, position, digest), chain)) {
                return true;
            }
        }
        return false;
    }
}
