package nl.kwaliteitsnetwerk.ledger.audit.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import org.bson.Document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stores audit views as documents keyed by audit id; lookups by id are exact-key reads. */
public class AuditViewRepository extends DocumentViews<AuditView> {

    public static final String COLLECTION = "audit_views";

    public AuditViewRepository(MongoCollection<Document> collection, ObjectMapper mapper) {
        super(collection, mapper, AuditView.class, view -> view.auditId);
    }

    public List<AuditView> findAll(String institutionCode, AuditStatus status) {
        Map<String, Object> where = new HashMap<>();
        where.put("institution.code", institutionCode);
        where.put("status", status);
        return findWhere(where);
    }
}
