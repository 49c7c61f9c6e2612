package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import nl.kwaliteitsnetwerk.ledger.platform.eventstore.BeforeTokenIsStored;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Consumer;

/**
 * Applies events to document views so that, within a tracking processor's batch, each view is read
 * once and written once, after the batch's last event and before its token is stored. Should the process
 * die in between, the batch is redelivered; a view that records the last sequence it applied makes
 * the second application a no-op. Outside a unit of work (a test calling a handler) it writes at once.
 * A view is written as what changed since it was read, only if no one wrote it meanwhile ({@link ViewWrites}).
 */
public class BatchedViewWriter<V extends FoldedView> {

    private final String batchResource = BatchedViewWriter.class.getName() + "@" + System.identityHashCode(this);
    private final DocumentViews<V> views;
    private final Function<String, V> blank;
    private final ViewWrites<V> writes;

    /** {@code blank} makes the empty view of an aggregate not seen before. */
    public BatchedViewWriter(DocumentViews<V> views, Function<String, V> blank) {
        this.views = views;
        this.blank = blank;
        this.writes = new ViewWrites<>(views);
    }

    /** Changes the view of {@code id} by {@code change}; a view changes where its version moves ({@link FoldedView}). */
    public void update(String id, Consumer<V> change) {
        if (!CurrentUnitOfWork.isStarted()) {
            Read<V> read = read(id);
            change.accept(read.view());
            read.writeTo(writes);
            return;
        }
        change.accept(batchOf(CurrentUnitOfWork.get().root()).computeIfAbsent(id, this::read).view());
    }

    private Read<V> read(String id) {
        return views.load(id).map(stored -> new Read<>(stored.view(), stored.document(), stored.view().version))
                .orElseGet(() -> {
                    V view = blank.apply(id);
                    return new Read<>(view, null, view.version);
                });
    }

    private Map<String, Read<V>> batchOf(UnitOfWork<?> unitOfWork) {
        Map<String, Read<V>> batch = unitOfWork.getResource(batchResource);
        if (batch == null) {
            Map<String, Read<V>> started = new LinkedHashMap<>();
            unitOfWork.resources().put(batchResource, started);
            BeforeTokenIsStored.atEndOfBatch(unitOfWork, () -> started.values().forEach(read -> read.writeTo(writes)));
            batch = started;
        }
        return batch;
    }

    /** A view in a batch, the document it was read from (null: not stored yet) and the version it had then. */
    private record Read<V extends FoldedView>(V view, Document stored, long version) {

        /**
         * A stored view is compared with its document whatever its version (the comparison finds nothing to write
         * if nothing changed); a new one is stored once an event was applied to it.
         */
        void writeTo(ViewWrites<V> writes) {
            if (stored != null || view.version != version) {
                writes.write(stored, view);
            }
        }
    }
}
