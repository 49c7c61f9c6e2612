package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak.Kind;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.util.Arrays;
import java.util.List;

/**
 * The checks every read of a commit makes, whoever reads it (an aggregate's load, tracking, the
 * verifier, the export): its events against its content digest, and its link in its aggregate's chain.
 * Each answers the break it finds, or null. A commit whose fields cannot even be read is altered.
 */
final class CommitChecks {

    private CommitChecks() {
    }

    /** Where an aggregate's chain stood after the commits read so far. */
    record AggregateLink(long lastSequence, byte[] hash, long position) {
        static final AggregateLink START = new AggregateLink(-1, LedgerHash.GENESIS, -1);

    }

    /**
     * The link this commit says it follows, for a reader that has not read the aggregate's previous
     * commit: against it, only that the commit's own aggregate chain hash follows from its fields.
     */
    static AggregateLink linkBefore(Document commit) {
        try {
            return new AggregateLink(commit.getLong("firstSequence") - 1,
                    LedgerHash.fromHex(commit.getString("previousAggregateHash")), -1);
        } catch (RuntimeException unreadable) {
            return AggregateLink.START;
        }
    }

    /**
     * Where the aggregate's chain stands after this commit: its link recomputed from its own fields, so
     * that a changed chain hash is named at this commit alone and not again at the next; null when the
     * commit cannot be read.
     */
    static AggregateLink linkAfter(Document commit) {
        try {
            byte[] link = LedgerHash.aggregateChainHash(LedgerHash.fromHex(commit.getString("previousAggregateHash")),
                    commit.getLong("firstSequence"), storedDigest(commit));
            return new AggregateLink(commit.getLong("lastSequence"), link, commit.getLong("_id"));
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * Where the aggregate's chain stands after a commit whose aggregate link was just checked: its stored hash;
     * null, as {@link #linkAfter}, when a field cannot be read as the ledger wrote it.
     */
    static AggregateLink storedLink(Document commit) {
        try {
            return new AggregateLink(commit.getLong("lastSequence"), LedgerHash.fromHex(commit.getString("aggregateHash")),
                    commit.getLong("_id"));
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    static LedgerBreak content(Document commit) {
        try {
            List<CommittedEvent> events = commit.getList("events", Document.class).stream()
                    .map(e -> LedgerDocuments.committed(commit, e)).toList();
            if (!Arrays.equals(LedgerHash.contentDigest(events), storedDigest(commit))) {
                return at(commit, Kind.ALTERED, "its events do not match its content digest");
            }
            if (!sequenceMatchesEvents(commit, events)) {
                return at(commit, Kind.ALTERED, "its first and last sequence numbers are not those of its events");
            }
            return null;
        } catch (RuntimeException unreadable) {
            return at(commit, Kind.ALTERED, "its fields cannot be read as a commit");
        }
    }

    /**
     * The sequence numbers a commit is found and followed by are not covered by its hash: they must be
     * those of its events, one after the other, or a walk could be led past commits or stopped early.
     */
    private static boolean sequenceMatchesEvents(Document commit, List<CommittedEvent> events) {
        if (events.isEmpty() || !(commit.get("firstSequence") instanceof Long first)
                || !(commit.get("lastSequence") instanceof Long last)) {
            return false;
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).sequenceNumber() != first + i) {
                return false;
            }
        }
        return last == first + events.size() - 1;
    }

    /**
     * The store's last commit by position, or null when it holds none, found without a scan from
     * {@code atOrBelowEnd} (a position known to be stored, or -1; see {@link PositionRuns#last}). A last
     * document that is not a commit the ledger wrote (an id that is no position, no chain hash) is a
     * break, not a 500.
     */
    static Document lastCommit(MongoCollection<Document> commits, long atOrBelowEnd) {
        Document last = PositionRuns.last(commits, atOrBelowEnd);
        if (last != null && (!(last.get("_id") instanceof Long) || !(last.get("chainHash") instanceof String)
                || !(last.get("events") instanceof List<?>))) {
            throw new LedgerIntegrityException(new LedgerBreak(number(last, "_id"), null, Kind.INSERTED,
                    "the store's last document is not a commit the ledger wrote"));
        }
        return last;
    }

    /** A stored position or sequence number, or null when the field is missing or not a whole number. */
    static Long number(Document document, String field) {
        return document.get(field) instanceof Long value ? value
                : document.get(field) instanceof Integer value ? Long.valueOf(value) : null;
    }

    /** The commit's place in its aggregate's chain, after {@code previous}. */
    static LedgerBreak aggregateLink(Document commit, AggregateLink previous) {
        try {
            long firstSequence = commit.getLong("firstSequence");
            long expected = previous.lastSequence() + 1;
            if (firstSequence < expected) {
                return at(commit, Kind.FORKED, "a second commit for sequence " + firstSequence + " of its aggregate, "
                        + "which the commit at position " + previous.position() + " holds already");
            }
            if (firstSequence > expected) {
                return at(commit, Kind.REMOVED, "sequence numbers " + expected + " to " + (firstSequence - 1)
                        + " of its aggregate are missing before it");
            }
            byte[] linkedTo = LedgerHash.fromHex(commit.getString("previousAggregateHash"));
            if (!Arrays.equals(linkedTo, previous.hash())) {
                return commit.getLong("_id") < previous.position()
                        ? at(commit, Kind.FORKED, "it was committed before the commit of its aggregate it follows")
                        : at(commit, Kind.ALTERED, "its link to the aggregate's previous commit is wrong");
            }
            byte[] link = LedgerHash.aggregateChainHash(linkedTo, firstSequence, storedDigest(commit));
            if (!Arrays.equals(link, LedgerHash.fromHex(commit.getString("aggregateHash")))) {
                return at(commit, Kind.ALTERED, "its aggregate chain hash was changed");
            }
            return null;
        } catch (RuntimeException unreadable) {
            return at(commit, Kind.ALTERED, "its aggregate chain fields cannot be read");
        }
    }

    /**
     * Whether the commit stands at the position it was committed at, read from it alone: its chain hash
     * binds its position, and it keeps the chain hash it followed. Commits written before that field was
     * kept are checked by the store's walk only.
     */
    static LedgerBreak inPlace(Document commit, AggregateLink previous) {
        try {
            long position = commit.getLong("_id");
            if (position < previous.position()) {
                return at(commit, Kind.REORDERED, "it stands before the commit of its aggregate that it follows");
            }
            if (commit.get("previousChainHash") instanceof String followed
                    && !followsInStore(commit, position, LedgerHash.fromHex(followed))) {
                return at(commit, Kind.REORDERED, "it does not stand at the position it was committed at");
            }
            return null;
        } catch (RuntimeException unreadable) {
            return at(commit, Kind.ALTERED, "its position fields cannot be read");
        }
    }

    /** Whether the commit's link in the store's chain follows from {@code previousChainHash}. */
    static boolean followsInStore(Document commit, long position, byte[] previousChainHash) {
        try {
            return Arrays.equals(LedgerHash.chainHash(previousChainHash, position, storedDigest(commit)), chainHash(commit));
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    static byte[] storedDigest(Document commit) {
        return LedgerHash.fromHex(commit.getString("contentDigest"));
    }

    static byte[] chainHash(Document commit) {
        return LedgerHash.fromHex(commit.getString("chainHash"));
    }

    static LedgerBreak at(Document commit, Kind kind, String detail) {
        Object position = commit.get("_id");
        Object aggregate = commit.get("aggregateId");
        return new LedgerBreak(position instanceof Number n ? n.longValue() : null,
                aggregate instanceof String s ? s : null, kind, detail);
    }
}
