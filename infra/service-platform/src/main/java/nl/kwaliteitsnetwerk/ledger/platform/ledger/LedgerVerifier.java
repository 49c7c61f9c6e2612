package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleTree;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.CommitChecks.AggregateLink;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak.Kind;
import org.bson.Document;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks the ledger from its first position to its last and goes on past every break: each commit's
 * content digest, its link in the store's chain and in its aggregate's chain, no position missing, every
 * aggregate reaching the last sequence the ledger recorded for it, and the store against its signed
 * digests (their signatures, their chain hash and, for the latest, its Merkle root), so that a tail cut
 * below a signed head is a break too.
 */
public final class LedgerVerifier {

    /** At most this many breaks are listed; the rest are counted. */
    static final int LISTED_BREAKS = 1000;

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> heads;
    private final MongoCollection<Document> digests;
    private final PublicKey signingKey;
    private Map<String, Long> lastHeldHeads = Map.of();

    public LedgerVerifier(MongoDatabase database) {
        this(database, null);
    }

    /** {@code signingKey}: the key the service signs its digests with; without it signatures are not checked. */
    public LedgerVerifier(MongoDatabase database, PublicKey signingKey) {
        this.commits = database.getCollection(LedgerStorageEngine.COMMITS);
        this.heads = database.getCollection(LedgerStorageEngine.AGGREGATE_HEADS);
        this.digests = database.getCollection(LedgerDigests.DIGESTS);
        this.signingKey = signingKey;
    }

    /**
     * The outcome: intact or not, how many commits were read, the store's last position and the latest
     * signed position, and every break found (the first {@value #LISTED_BREAKS}; the rest counted).
     */
    public record Verification(boolean intact, long commitsChecked, Long lastPosition, Long signedPosition,
                               List<LedgerBreak> breaks, long breaksNotListed) {

        /** The position of the first break, if any. */
        public Long brokenAt() {
            return breaks.isEmpty() ? null : breaks.get(0).position();
        }

        /** The first break, described; null when intact. */
        public String problem() {
            return breaks.isEmpty() ? null : breaks.get(0).describe();
        }
    }

    /**
     * Heads and digests are read before the last position: whatever they name was committed before, so
     * commits appended while the walk runs are never mistaken for missing ones.
     */
    public Verification verify() {
        return verify(commit -> {
        });
    }

    /**
     * Verifies as {@link #verify()} and hands every commit document read, in position order, to
     * {@code visited}: the export and the signing use exactly the documents that were verified.
     */
    Verification verify(Consumer<Document> visited) {
        Breaks breaks = new Breaks();
        Map<String, Long> recordedHeads = new HashMap<>();
        heads.find().forEach(head -> {
            Long lastSequence = CommitChecks.number(head, "lastSequence");
            if (head.get("_id") instanceof String aggregateId && lastSequence != null) {
                recordedHeads.put(aggregateId, lastSequence);
            } else {
                breaks.add(new LedgerBreak(null, null, Kind.ALTERED, "a recorded aggregate head cannot be read"));
            }
        });
        List<Document> signedDigests = digests.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
        Document last;
        try {
            last = CommitChecks.lastCommit(commits, -1);
        } catch (LedgerIntegrityException notACommit) {
            breaks.add(notACommit.broken());
            return breaks.verification(0, null, null);
        }
        long lastPosition = last == null ? -1 : last.getLong("_id");
        List<byte[]> contentDigests = new ArrayList<>();
        List<byte[]> chainHashes = new ArrayList<>();
        Map<String, AggregateLink> aggregates = new HashMap<>();
        byte[] chain = LedgerHash.GENESIS;
        long checked = 0;
        Long missingFrom = null;
        try (PositionRuns.Window window = new PositionRuns.Window(commits, lastPosition)) {
            for (long position = 0; position <= lastPosition; position++) {
                Document commit = window.at(position);
                if (commit == null) {
                    missingFrom = missingFrom == null ? position : missingFrom;
                    chain = null;
                    contentDigests.add(null);
                    chainHashes.add(null);
                    continue;
                }
                if (missingFrom != null) {
                    breaks.add(new LedgerBreak(missingFrom, null, Kind.REMOVED,
                            missing(missingFrom, position - 1) + " while later ones exist"));
                    missingFrom = null;
                }
                checked++;
                LedgerBreak broken = null;
                if (chain != null && !CommitChecks.followsInStore(commit, position, chain)) {
                    broken = StoreLinkBreaks.classify(commit, position, chain, p -> LedgerStorageEngine.commitAt(commits, p));
                }
                chain = StoreLinkBreaks.chainAfter(commit, position, chain, broken);
                if (broken == null) {
                    broken = CommitChecks.content(commit);
                }
                if (broken == null) {
                    broken = CommitChecks.aggregateLink(commit, aggregates.getOrDefault(commit.getString("aggregateId"),
                            AggregateLink.START));
                }
                breaks.add(broken);
                visited.accept(commit);
                follow(aggregates, commit, broken == null);
                contentDigests.add(hashOrNull(commit, "contentDigest"));
                chainHashes.add(hashOrNull(commit, "chainHash"));
            }
        }
        checkHeads(recordedHeads, aggregates, breaks);
        lastHeldHeads = breaks.listed.isEmpty() ? heldHeads(recordedHeads, aggregates) : Map.of();
        Long signedPosition = checkDigests(signedDigests, lastPosition, contentDigests, chainHashes, breaks);
        return breaks.verification(checked, lastPosition < 0 ? null : lastPosition, signedPosition);
    }

    /** One aggregate's chain on its own, by exact key, with its recorded head and the store's signed head. */
    public Verification verifyAggregate(String aggregateId) {
        return verify(AggregateCommits.walk(commits, heads, aggregateId));
    }

    /**
     * As {@link #verifyAggregate}, or empty for an id the ledger does not know: no commit of it and no head
     * recorded for it. An aggregate whose commits were removed still has its head, and so its break.
     */
    public Optional<Verification> verifyHeldAggregate(String aggregateId) {
        AggregateCommits.Walk walk = AggregateCommits.walk(commits, heads, aggregateId);
        return walk.commits().isEmpty() && walk.intact() ? Optional.empty() : Optional.of(verify(walk));
    }

    private Verification verify(AggregateCommits.Walk walk) {
        Breaks breaks = new Breaks();
        walk.breaks().forEach(breaks::add);
        Document latest = digests.find().sort(Sorts.descending("_id")).limit(1).first();
        Document last;
        try {
            last = CommitChecks.lastCommit(commits, -1);
        } catch (LedgerIntegrityException notACommit) {
            breaks.add(notACommit.broken());
            return breaks.verification(walk.commits().size(), null, null);
        }
        long lastPosition = last == null ? -1 : last.getLong("_id");
        Long signedPosition = latest == null ? null : CommitChecks.number(latest, "_id");
        if (signedPosition != null && signedPosition > lastPosition) {
            breaks.add(truncated(lastPosition, latest));
        }
        Long aggregateLast = walk.commits().isEmpty() ? null : walk.end().position();
        return breaks.verification(walk.commits().size(), aggregateLast, signedPosition);
    }

    /**
     * Records the head of every aggregate whose head the last intact verification found missing or
     * lower than its commits (a store written before heads were kept, or a crash between a commit and
     * its head): from then on a read of it must reach its last commit. Raised only, never lowered.
     */
    public void recordMissingHeads() {
        lastHeldHeads.forEach((aggregateId, lastSequence) -> heads.updateOne(Filters.eq("_id", aggregateId),
                Updates.max("lastSequence", lastSequence), new UpdateOptions().upsert(true)));
    }

    private static Map<String, Long> heldHeads(Map<String, Long> recordedHeads, Map<String, AggregateLink> aggregates) {
        Map<String, Long> missing = new HashMap<>();
        aggregates.forEach((aggregateId, link) -> {
            if (!aggregateId.isEmpty() && recordedHeads.getOrDefault(aggregateId, -1L) < link.lastSequence()) {
                missing.put(aggregateId, link.lastSequence());
            }
        });
        return missing;
    }

    /** A commit that passed every check holds its own link: it is not computed a second time. */
    private static void follow(Map<String, AggregateLink> aggregates, Document commit, boolean intact) {
        AggregateLink after = intact ? CommitChecks.storedLink(commit) : CommitChecks.linkAfter(commit);
        if (after == null || !(commit.get("aggregateId") instanceof String aggregateId)
                || !(commit.get("aggregateType") instanceof String type) || type.isEmpty()) {
            return;
        }
        AggregateLink before = aggregates.get(aggregateId);
        if (before == null || after.lastSequence() > before.lastSequence()) {
            aggregates.put(aggregateId, after);
        }
    }

    private static void checkHeads(Map<String, Long> recordedHeads, Map<String, AggregateLink> aggregates, Breaks breaks) {
        for (Map.Entry<String, Long> head : recordedHeads.entrySet()) {
            String aggregateId = head.getKey();
            long recorded = head.getValue();
            AggregateLink held = aggregates.get(aggregateId);
            long heldUpTo = held == null ? -1 : held.lastSequence();
            if (recorded > heldUpTo) {
                breaks.add(new LedgerBreak(null, aggregateId, Kind.REMOVED, "the ledger appended sequence numbers up to "
                        + recorded + " but the store holds them only up to " + heldUpTo));
            }
        }
    }

    /** Every signed digest against the store; answers the latest signed position. */
    private Long checkDigests(List<Document> signedDigests, long lastPosition, List<byte[]> contentDigests,
                              List<byte[]> chainHashes, Breaks breaks) {
        Document latest = null;
        for (Document digest : signedDigests) {
            LedgerDigests.SignedDigest signed;
            try {
                signed = LedgerDigests.signed(digest);
            } catch (LedgerIntegrityException unreadable) {
                breaks.add(unreadable.broken());
                continue;
            }
            latest = digest;
            long position = signed.position();
            if (signingKey != null && !signed.statement().verify(signingKey, Base64.getDecoder().decode(signed.signature()))) {
                breaks.add(new LedgerBreak(position, null, Kind.ALTERED,
                        "the digest recorded at this position does not verify under the service's signing key"));
            } else if (position <= lastPosition && chainHashes.get((int) position) != null
                    && !Arrays.equals(chainHashes.get((int) position), LedgerHash.fromHex(signed.chainHash()))) {
                breaks.add(new LedgerBreak(position, null, Kind.ALTERED,
                        "the store's chain hash here differs from the one signed at " + signed.signedAt()));
            }
        }
        if (latest == null) {
            return null;
        }
        long signedPosition = latest.getLong("_id");
        if (signedPosition > lastPosition) {
            breaks.add(truncated(lastPosition, latest));
        } else if (!contentDigests.subList(0, (int) signedPosition + 1).contains(null)) {
            byte[] root = MerkleTree.root(contentDigests.subList(0, (int) signedPosition + 1));
            if (!Arrays.equals(root, LedgerHash.fromHex(latest.getString("merkleRoot")))) {
                breaks.add(new LedgerBreak(signedPosition, null, Kind.ALTERED,
                        "the content digests up to here differ from the Merkle root signed at " + latest.getString("signedAt")));
            }
        }
        return signedPosition;
    }

    private static LedgerBreak truncated(long lastPosition, Document latest) {
        long signedPosition = latest.getLong("_id");
        return new LedgerBreak(lastPosition + 1, null, Kind.TRUNCATED, "the store ends at position " + lastPosition
                + " but the digest signed at " + latest.getString("signedAt") + " covers up to position " + signedPosition
                + ": " + missing(lastPosition + 1, signedPosition));
    }

    private static String missing(long from, long to) {
        return (from == to ? "position " + from + " is" : "positions " + from + " to " + to + " are") + " missing";
    }

    private static byte[] hashOrNull(Document commit, String field) {
        try {
            return LedgerHash.fromHex(commit.getString(field));
        } catch (RuntimeException unreadable) {
            return null;
        }
    }


    /** The breaks found so far: the first {@value #LISTED_BREAKS} listed, the rest counted. */
    private static final class Breaks {
        private final List<LedgerBreak> listed = new ArrayList<>();
        private long notListed;

        void add(LedgerBreak broken) {
            if (broken == null) {
                return;
            }
            if (listed.size() < LISTED_BREAKS) {
                listed.add(broken);
            } else {
                notListed++;
            }
        }

        Verification verification(long checked, Long lastPosition, Long signedPosition) {
            return new Verification(listed.isEmpty(), checked, lastPosition, signedPosition, List.copyOf(listed), notListed);
        }
    }
}
