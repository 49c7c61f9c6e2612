package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/**
 * Writes a folded view back as what changed since it was read ({@link DocumentChange}), so that a view growing
 * with its aggregate costs its growth, not its size, and as a compare-and-set: only where the stored document
 * still holds the version the view was read at. A write by anyone else in between is not overwritten blindly;
 * {@link ViewChangedMeanwhile} fails the batch, whose retry reads the view anew and, the fold being idempotent
 * by version, applies only what the view is missing.
 */
final class ViewWrites<V extends FoldedView> {

    /**
     * The embedded server answers a filter from an index only when it names exactly that index's fields: the
     * filter {@code {_id, version}} scanned (and decoded) every view of the collection at every write. This index
     * is that filter's key; on MongoDB it is redundant beside {@code _id}, and harmless.
     */
    static final String VERSION_KEY = "view_version";

    private final DocumentViews<V> views;
    private volatile boolean keyed;

    ViewWrites(DocumentViews<V> views) {
        this.views = views;
    }

    /** Writes {@code view}, read from {@code stored} (null: a view not stored before). */
    void write(Document stored, V view) {
        ensureVersionKey();
        Document next = views.toDocument(view);
        if (stored == null) {
            insert(next);
            return;
        }
        DocumentChange change = DocumentChange.between(stored, next);
        Document readVersion = new Document("_id", next.get("_id")).append(FoldedView.VERSION, stored.get(FoldedView.VERSION));
        MongoCollection<Document> collection = views.collection();
        long matched;
        if (change instanceof DocumentChange.Paths paths) {
            matched = collection.updateOne(readVersion, paths.update()).getMatchedCount();
        } else if (change instanceof DocumentChange.Whole whole) {
            matched = collection.replaceOne(readVersion, whole.document()).getMatchedCount();
        } else {
            return;
        }
        if (matched == 0) {
            throw new ViewChangedMeanwhile(describe(next) + " is no longer at version "
                    + stored.get(FoldedView.VERSION) + ", at which it was read");
        }
    }

    private void ensureVersionKey() {
        if (!keyed) {
            views.collection().createIndex(Indexes.ascending("_id", FoldedView.VERSION),
                    new IndexOptions().unique(true).name(VERSION_KEY));
            keyed = true;
        }
    }

    private void insert(Document next) {
        try {
            views.collection().insertOne(next);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new ViewChangedMeanwhile(describe(next) + " was stored meanwhile", e);
            }
            throw e;
        }
    }

    private String describe(Document next) {
        return views.typeName() + " " + next.get("_id");
    }
}
