package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * What turns a stored document into its next version: nothing, the changed paths alone, or (where a path
 * cannot say it) the whole document. Made by {@link ChangedPaths}.
 */
public sealed interface DocumentChange {

    /** The change from {@code stored} (as read, {@code _id} and all) to {@code next}; {@code _id} is never changed. */
    static DocumentChange between(Document stored, Document next) {
        return ChangedPaths.between(stored, next);
    }

    /** The stored document is the next one already: nothing to write. */
    record Unchanged() implements DocumentChange {
    }

    /**
     * The top level of the document changed in a way no path expresses (its fields reordered, a field name
     * that is no path): it is replaced whole.
     */
    record Whole(Document document) implements DocumentChange {
    }

    /**
     * One update of the paths that changed: {@code set} (path to value), {@code unset} (path to ""),
     * {@code push} (path of a list that only grew to {@code {$each: [new items]}}). No path is another's prefix.
     */
    record Paths(Document set, Document unset, Document push) implements DocumentChange {

        /** The update document: only the operators that have paths. */
        public Document update() {
            Document update = new Document();
            putIfAny(update, "$set", set);
            putIfAny(update, "$unset", unset);
            putIfAny(update, "$push", push);
            return update;
        }

        /** Every path the update names, in any operator. */
        public List<String> paths() {
            List<String> paths = new ArrayList<>(set.keySet());
            paths.addAll(unset.keySet());
            paths.addAll(push.keySet());
            return paths;
        }

        private static void putIfAny(Document update, String operator, Document paths) {
            if (!paths.isEmpty()) {
                update.put(operator, paths);
            }
        }
    }
}
