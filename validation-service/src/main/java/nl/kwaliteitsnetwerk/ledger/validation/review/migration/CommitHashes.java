package nl.kwaliteitsnetwerk.ledger.validation.review.migration;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The aggregate chain hash of the commit that holds each event of one stream, read in one query the first time one
 * is asked for (and not at all at a start with nothing to migrate): asking the store per event would scan the whole
 * commit collection once per event on the embedded server, which answers only exact keys from an index.
 */
final class CommitHashes {

    private final MongoCollection<Document> commits;
    private final String aggregateId;
    private NavigableMap<Long, Document> byFirstSequence;

    CommitHashes(MongoCollection<Document> commits, String aggregateId) {
        this.commits = commits;
        this.aggregateId = aggregateId;
    }

    /** The hash of the commit holding {@code sequence}, or null where no such commit is found. */
    String of(long sequence) {
        if (byFirstSequence == null) {
            byFirstSequence = new TreeMap<>();
            commits.find(Filters.eq("aggregateId", aggregateId))
                    .projection(Projections.include("firstSequence", "lastSequence", "aggregateHash"))
                    .forEach(commit -> byFirstSequence.put(commit.getLong("firstSequence"), commit));
        }
        Map.Entry<Long, Document> holding = byFirstSequence.floorEntry(sequence);
        return holding == null || holding.getValue().getLong("lastSequence") < sequence ? null
                : holding.getValue().getString("aggregateHash");
    }
}
