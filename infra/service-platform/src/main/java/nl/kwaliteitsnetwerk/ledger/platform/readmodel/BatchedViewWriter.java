package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import nl.kwaliteitsnetwerk.ledger.platform.eventstore.BeforeTokenIsStored;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Applies events to document views so that, within a tracking processor's batch, each view is read
 * once and written once, after the batch's last event and before its token is stored. Should the process
 * die in between, the batch is redelivered; a view that records the last sequence it applied makes
 * the second application a no-op. Outside a unit of work (a test calling a handler) it writes at once.
 */
public class BatchedViewWriter<V> {

    private final String batchResource = BatchedViewWriter.class.getName() + "@" + System.identityHashCode(this);
    private final Function<String, V> load;
    private final DocumentViews<V> views;

    /** {@code blank} makes the empty view of an aggregate not seen before. */
    public BatchedViewWriter(DocumentViews<V> views, Function<String, V> blank) {
        this.views = views;
        this.load = id -> views.find(id).orElseGet(() -> blank.apply(id));
    }

    /** Changes the view of {@code id}; {@code change} answers whether it changed anything. */
    public void update(String id, Predicate<V> change) {
        if (!CurrentUnitOfWork.isStarted()) {
            V view = load.apply(id);
            if (change.test(view)) {
                views.save(view);
            }
            return;
        }
        change.test(batchOf(CurrentUnitOfWork.get().root()).computeIfAbsent(id, load));
    }

    private Map<String, V> batchOf(UnitOfWork<?> unitOfWork) {
        Map<String, V> batch = unitOfWork.getResource(batchResource);
        if (batch == null) {
            Map<String, V> started = new LinkedHashMap<>();
            unitOfWork.resources().put(batchResource, started);
            BeforeTokenIsStored.atEndOfBatch(unitOfWork, () -> started.values().forEach(views::save));
            batch = started;
        }
        return batch;
    }
}
