package nl.kwaliteitsnetwerk.ledger.validation.parking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import nl.kwaliteitsnetwerk.ledger.platform.web.Page;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import org.bson.Document;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the service parked, one document each under its id, so a thing parked twice (its failure met again) is
 * listed and counted once; read newest first, by its health component and by the people who repair it.
 */
public class ParkedList<T extends Parked> {

    private final Comparator<T> newestFirst = Comparator.comparing(T::parkedAt).reversed().thenComparing(T::id);
    private final MongoCollection<Document> collection;
    private final DocumentViews<T> items;

    public ParkedList(MongoCollection<Document> collection, ObjectMapper mapper, Class<T> type) {
        this.collection = collection;
        this.items = new DocumentViews<>(collection, mapper, type, T::id);
    }

    public void save(T item) {
        items.save(item);
    }

    public boolean contains(String id) {
        return items.find(id).isPresent();
    }

    /** Every one, newest first. */
    public List<T> all() {
        return items.findAll(List.of()).stream().sorted(newestFirst).toList();
    }

    public Optional<T> last() {
        return items.findAll(List.of()).stream().min(newestFirst);
    }

    public long count() {
        return collection.countDocuments();
    }

    /** A page of them, newest first: the key counts down as the time of parking goes up. */
    public Page<T> page(Paging paging) {
        return paging.page(all(), item -> Paging.numericKey(Long.MAX_VALUE - item.parkedAt().toEpochMilli()) + " " + item.id());
    }
}
