package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import java.util.HashMap;
import java.util.Map;

/**
 * The field values a view must have to be found by {@link DocumentViews#findWhere}, by the path of each field
 * in the document. A null value does not filter, so a query parameter left out means any.
 */
public final class Where {

    private Where() {
    }

    public static Map<String, Object> field(String path, Object value) {
        Map<String, Object> where = new HashMap<>();
        where.put(path, value);
        return where;
    }

    public static Map<String, Object> fields(String path, Object value, String otherPath, Object otherValue) {
        Map<String, Object> where = field(path, value);
        where.put(otherPath, otherValue);
        return where;
    }
}
