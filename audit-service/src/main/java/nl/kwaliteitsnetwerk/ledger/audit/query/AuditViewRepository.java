package nl.kwaliteitsnetwerk.ledger.audit.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/** Stores audit views as documents keyed by audit id; lookups by id are exact-key reads. */
public class AuditViewRepository extends DocumentViews<AuditView> {

    public static final String COLLECTION = "audit_views";

    public AuditViewRepository(MongoCollection<Document> collection, ObjectMapper mapper) {
        super(collection, mapper, AuditView.class, view -> view.auditId);
    }

    public List<AuditView> findAll(String institutionCode, AuditStatus status) {
        List<Bson> filters = new ArrayList<>();
        if (institutionCode != null) {
            filters.add(Filters.eq("institution.code", institutionCode));
        }
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        return findAll(filters);
    }
}
