package nl.kwaliteitsnetwerk.ledger.audit.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stores audit views as documents keyed by audit id; lookups by id are exact-key reads. */
public class AuditViewRepository {

    public static final String COLLECTION = "audit_views";

    private final MongoCollection<Document> collection;
    private final ObjectMapper mapper;

    public AuditViewRepository(MongoCollection<Document> collection, ObjectMapper mapper) {
        this.collection = collection;
        this.mapper = mapper;
    }

    public Optional<AuditView> find(String auditId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", auditId)).first()).map(this::toView);
    }

    public List<AuditView> findAll(String institutionCode, AuditStatus status) {
        List<Bson> filters = new ArrayList<>();
        if (institutionCode != null) {
            filters.add(Filters.eq("institution.code", institutionCode));
        }
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        List<AuditView> views = new ArrayList<>();
        collection.find(filter).forEach(document -> views.add(toView(document)));
        return views;
    }

    public void save(AuditView view) {
        collection.replaceOne(Filters.eq("_id", view.auditId), toDocument(view), new ReplaceOptions().upsert(true));
    }

    private Document toDocument(AuditView view) {
        try {
            Document document = Document.parse(mapper.writeValueAsString(view));
            document.put("_id", view.auditId);
            return document;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot store view of audit " + view.auditId, e);
        }
    }

    private AuditView toView(Document document) {
        try {
            document.remove("_id");
            return mapper.readValue(document.toJson(), AuditView.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read view " + document.get("auditId"), e);
        }
    }
}
