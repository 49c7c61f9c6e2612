package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The body every projection of one document per aggregate shares: an event is folded into its aggregate's
 * view through a {@link BatchedViewWriter}, idempotently (the folder answers false for a sequence number the
 * view has applied already), and a view is found by its aggregate's id. The projection keeps the
 * {@code @ProcessingGroup}, {@code @EventHandler} and {@code @QueryHandler} annotations on methods of its own
 * event and query types, which Axon needs to route by, and hands their bodies here.
 */
public final class ProjectedViews<V extends FoldedView, E> {

    private final DocumentViews<V> views;
    private final BatchedViewWriter<V> writer;
    private final Function<E, String> idOf;
    private final EventHistory.Folder<V, E> folder;

    /**
     * {@code blank} makes the view of an aggregate not seen before, {@code idOf} names the aggregate an event
     * belongs to, and {@code folder} is the view's one fold, the same the history folds a past with.
     */
    public ProjectedViews(DocumentViews<V> views, Supplier<V> blank, Function<E, String> idOf,
                       EventHistory.Folder<V, E> folder) {
        this.views = views;
        this.writer = new BatchedViewWriter<>(views, id -> blank.get());
        this.idOf = idOf;
        this.folder = folder;
    }

    /** Folds {@code event}, its aggregate's event number {@code sequence}, unless the view has it already. */
    public void fold(E event, long sequence) {
        writer.update(idOf.apply(event), view -> folder.apply(view, event, sequence));
    }

    public Optional<V> find(String id) {
        return views.find(id);
    }

    /** Every view whose fields have the values {@code where} names ({@link Where}). */
    public List<V> findWhere(Map<String, Object> where) {
        return views.findWhere(where);
    }
}
