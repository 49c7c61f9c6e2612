package nl.kwaliteitsnetwerk.ledger.audit.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import org.bson.Document;

/** Stores audit views as documents keyed by audit id; lookups by id are exact-key reads. */
public class AuditViewRepository extends DocumentViews<AuditView> {

    public static final String COLLECTION = "audit_views";

    public AuditViewRepository(MongoCollection<Document> collection, ObjectMapper mapper) {
        super(collection, mapper, AuditView.class, view -> view.auditId);
    }
}
