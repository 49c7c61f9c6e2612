package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.CommitChecks.AggregateLink;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak.Kind;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One aggregate's commits in sequence order, each found by the exact key (aggregate, first sequence)
 * and checked on the way: its content digest, its link in the aggregate's chain, and in the end that
 * the walk reached the last sequence the ledger recorded for the aggregate (its head), so a commit
 * removed from the middle or the end is seen, not read past.
 * <p>
 * The positions the head lists ({@value #POSITIONS}) are read first, in one query per
 * {@value PositionRuns#RUN} ({@code _id: {$in}}, the multi-document shape the embedded server answers from
 * an index): an intact aggregate then loads in three queries (head, positions, the probe past its last
 * commit) instead of one per commit. The list is only a hint, written after the commit (a crash in between
 * leaves it short), absent in stores written before it, and open to tampering like any document. So nothing
 * is accepted because it is listed: the documents read serve as a cache of what the exact key would find,
 * and only where it certainly would (this aggregate's id, a first sequence that is a whole number; the key
 * is unique); every other sequence the walk reaches is looked up by the exact key, as before, and every
 * commit passes the same checks whichever way it was read.
 */
public final class AggregateCommits {

    /** The head's field that lists the positions of the aggregate's commits, in the order they were recorded. */
    static final String POSITIONS = "positions";

    /** The commits read, the breaks met, and where the aggregate's chain stands after them. */
    public record Walk(List<Document> commits, List<LedgerBreak> breaks, AggregateLink end) {

        public boolean intact() {
            return breaks.isEmpty();
        }
    }

    private AggregateCommits() {
    }

    /** The head is read before the commits: whatever it names was committed before, so the walk must reach it. */
    public static Walk walk(MongoCollection<Document> commits, MongoCollection<Document> heads, String aggregateId) {
        Document head = heads.find(Filters.eq("_id", aggregateId)).first();
        Map<Long, Document> listed = listed(commits, head, aggregateId);
        List<Document> read = new ArrayList<>();
        List<LedgerBreak> breaks = new ArrayList<>();
        AggregateLink link = AggregateLink.START;
        for (Document commit = at(commits, listed, aggregateId, 0); commit != null;
             commit = at(commits, listed, aggregateId, link.lastSequence() + 1)) {
            LedgerBreak broken = CommitChecks.content(commit);
            if (broken == null) {
                broken = CommitChecks.aggregateLink(commit, link);
            }
            LedgerBreak misplaced = broken == null ? CommitChecks.inPlace(commit, link) : null;
            if (misplaced != null) {
                broken = outOfPlace(commits, commit, misplaced);
            }
            if (broken != null) {
                breaks.add(broken);
            }
            read.add(commit);
            AggregateLink next = CommitChecks.linkAfter(commit);
            if (next == null || next.lastSequence() <= link.lastSequence()) {
                break;
            }
            link = next;
        }
        Long recorded = head == null ? Long.valueOf(-1) : CommitChecks.number(head, "lastSequence");
        if (recorded == null) {
            breaks.add(new LedgerBreak(null, aggregateId, Kind.ALTERED, "the aggregate's recorded head cannot be read"));
        } else if (recorded > link.lastSequence()) {
            breaks.add(new LedgerBreak(null, aggregateId, Kind.REMOVED, "the ledger appended sequence numbers up to "
                    + recorded + " but the store holds them only up to " + link.lastSequence()));
        }
        return new Walk(read, breaks, link);
    }

    /** A commit not where it was committed: moved there, slipped in, or its chain hash changed (read its neighbours). */
    private static LedgerBreak outOfPlace(MongoCollection<Document> commits, Document commit, LedgerBreak named) {
        Long position = CommitChecks.number(commit, "_id");
        Document before = position == null || position == 0 ? null : LedgerStorageEngine.commitAt(commits, position - 1);
        if (position == null || (position > 0 && !(before != null && before.get("chainHash") instanceof String))) {
            return named;
        }
        byte[] previousChain = before == null ? LedgerHash.GENESIS : CommitChecks.chainHash(before);
        LedgerBreak classified = StoreLinkBreaks.classify(commit, position, previousChain,
                p -> LedgerStorageEngine.commitAt(commits, p));
        return classified == null ? named : classified;
    }

    /**
     * The commits at the positions the head lists, by first sequence, that the exact key (aggregate, first
     * sequence) would find: those of this aggregate whose first sequence is a whole number. A position that
     * holds another aggregate's commit, or nothing, is passed over; so is an entry that is no position.
     */
    private static Map<Long, Document> listed(MongoCollection<Document> commits, Document head, String aggregateId) {
        if (head == null || !(head.get(POSITIONS) instanceof List<?> entries)) {
            return Map.of();
        }
        List<Long> positions = entries.stream().filter(Long.class::isInstance).map(Long.class::cast).distinct().toList();
        Map<Long, Document> bySequence = new HashMap<>();
        for (Document commit : PositionRuns.at(commits, positions)) {
            if (aggregateId.equals(commit.get("aggregateId")) && commit.get("firstSequence") instanceof Long first) {
                bySequence.putIfAbsent(first, commit);
            }
        }
        return bySequence;
    }

    private static Document at(MongoCollection<Document> commits, Map<Long, Document> listed, String aggregateId,
                               long firstSequence) {
        Document read = listed.get(firstSequence);
        return read != null ? read : commits.find(LedgerDocuments.aggregateKey(aggregateId, firstSequence)).first();
    }
}
