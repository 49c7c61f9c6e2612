package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A read model stored as one JSON document per aggregate, keyed by its id: reads by id are
 * exact-key lookups, and a save replaces the whole document, so saving the same view twice is harmless.
 * A folded view that a projection changes is written as its change instead ({@link ViewWrites}).
 */
public class DocumentViews<V> {

    private final MongoCollection<Document> collection;
    private final ObjectMapper mapper;
    private final Class<V> type;
    private final Function<V, String> idOf;

    public DocumentViews(MongoCollection<Document> collection, ObjectMapper mapper, Class<V> type,
                         Function<V, String> idOf) {
        this.collection = collection;
        this.mapper = mapper;
        this.type = type;
        this.idOf = idOf;
    }

    public Optional<V> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(this::toView);
    }

    /** The view of {@code id} with the document it was read from, which a change is later computed against. */
    public Optional<Stored<V>> load(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first())
                .map(document -> new Stored<>(toView(new Document(document)), document));
    }

    /** Every view matching {@code filters} (all of them; none given: every view). */
    public List<V> findAll(List<Bson> filters) {
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        List<V> views = new ArrayList<>();
        collection.find(filter).forEach(document -> views.add(toView(document)));
        return views;
    }

    /** Every view whose fields equal the given values; a null value does not filter. */
    public List<V> findWhere(Map<String, Object> fieldValues) {
        List<Bson> filters = new ArrayList<>();
        fieldValues.forEach((field, value) -> {
            if (value != null) {
                filters.add(Filters.eq(field, value instanceof Enum<?> constant ? constant.name() : value));
            }
        });
        return findAll(filters);
    }

    /** A view without its record's id would be stored under an id of the store's making, readable by no one's id. */
    public void save(V view) {
        Document document = toDocument(view);
        collection.replaceOne(Filters.eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
    }

    MongoCollection<Document> collection() {
        return collection;
    }

    String typeName() {
        return type.getSimpleName();
    }

    /** The document of {@code view}, its id first as the server keeps it, so that a stored one compares field by field. */
    Document toDocument(V view) {
        String id = idOf.apply(view);
        if (id == null) {
            throw new IllegalStateException("a " + type.getSimpleName() + " without the id of its record is not stored");
        }
        try {
            Document document = new Document("_id", id);
            Map<?, ?> fields = mapper.convertValue(view, Map.class);
            fields.forEach((name, value) -> document.put((String) name, BsonValues.of(value)));
            document.put("_id", id);
            return document;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot store " + type.getSimpleName() + " " + id, e);
        }
    }

    /** A view as read, with the document it was read from. */
    public record Stored<V>(V view, Document document) {
    }

    /** Straight from the document's values to the view, without writing and parsing JSON text in between. */
    private V toView(Document document) {
        Object id = document.remove("_id");
        try {
            return mapper.convertValue(document, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName() + " " + id, e);
        }
    }
}
