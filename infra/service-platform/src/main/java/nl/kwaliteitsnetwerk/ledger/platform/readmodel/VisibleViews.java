package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import nl.kwaliteitsnetwerk.ledger.platform.errors.NotFound;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Asks the query bus for views and keeps only those the caller may know exist. One that the caller
 * may not see is answered as unknown (404), so that an answer never confirms it exists.
 */
public final class VisibleViews<V> {

    private final QueryGateway queries;
    private final Class<V> type;
    private final String kind;

    /** {@code kind} names the view in a 404, e.g. "audit". */
    public VisibleViews(QueryGateway queries, Class<V> type, String kind) {
        this.queries = queries;
        this.type = type;
        this.kind = kind;
    }

    public List<V> list(Object query, Predicate<V> visible) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(type)).join().stream().filter(visible).toList();
    }

    public V one(Object query, String id, Predicate<V> visible) {
        Optional<V> view = queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
        return view.filter(visible).orElseThrow(() -> new NotFound("No " + kind + " " + id + " that you may see."));
    }
}
