package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.CommitChecks.AggregateLink;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak.Kind;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * One aggregate's commits in sequence order, each found by the exact key (aggregate, first sequence)
 * and checked on the way: its content digest, its link in the aggregate's chain, and in the end that
 * the walk reached the last sequence the ledger recorded for the aggregate (its head), so a commit
 * removed from the middle or the end is seen, not read past.
 */
final class AggregateCommits {

    /** The commits read, the breaks met, and where the aggregate's chain stands after them. */
    record Walk(List<Document> commits, List<LedgerBreak> breaks, AggregateLink end) {

        boolean intact() {
            return breaks.isEmpty();
        }
    }

    private AggregateCommits() {
    }

    /** The head is read before the commits: whatever it names was committed before, so the walk must reach it. */
    static Walk walk(MongoCollection<Document> commits, MongoCollection<Document> heads, String aggregateId) {
        Document head = heads.find(Filters.eq("_id", aggregateId)).first();
        List<Document> read = new ArrayList<>();
        List<LedgerBreak> breaks = new ArrayList<>();
        AggregateLink link = AggregateLink.START;
        for (Document commit = at(commits, aggregateId, 0); commit != null;
             commit = at(commits, aggregateId, link.lastSequence() + 1)) {
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

    private static Document at(MongoCollection<Document> commits, String aggregateId, long firstSequence) {
        return commits.find(LedgerDocuments.aggregateKey(aggregateId, firstSequence)).first();
    }
}
