package nl.kwaliteitsnetwerk.ledger.validation.readmodel;

import nl.kwaliteitsnetwerk.ledger.platform.readmodel.BatchedViewWriter;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the committee's projection and the reviews' share: one document per aggregate, read and written once per
 * processor batch, each change idempotent by the sequence number the view records.
 */
public abstract class DocumentProjection<V> {

    /** The one processing group of the service's views. */
    public static final String PROCESSING_GROUP = "validation-views";

    private final DocumentViews<V> views;
    private final BatchedViewWriter<V> writer;

    protected DocumentProjection(DocumentViews<V> views, Supplier<V> blank) {
        this.views = views;
        this.writer = new BatchedViewWriter<>(views, id -> blank.get());
    }

    /** Changes the view of {@code id}; {@code change} answers whether it changed anything. */
    protected void update(String id, Predicate<V> change) {
        writer.update(id, change);
    }

    protected DocumentViews<V> views() {
        return views;
    }
}
