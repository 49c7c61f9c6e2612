package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
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

    public VisibleViews(QueryGateway queries, Class<V> type) {
        this.queries = queries;
        this.type = type;
    }

    public List<V> list(Object query, Predicate<V> visible) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(type)).join().stream().filter(visible).toList();
    }

    public V one(Object query, String id, Predicate<V> visible) {
        return find(query, visible).orElseThrow(() -> RuleViolation.notFound(id));
    }

    /** Whether the one view {@code query} asks for exists and the caller may know it does. */
    public boolean exists(Object query, Predicate<V> visible) {
        return find(query, visible).isPresent();
    }

    private Optional<V> find(Object query, Predicate<V> visible) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(type)).join().filter(visible);
    }
}
