package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import org.bson.Document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dialogue views as documents keyed by dialogue id; lookups by id are exact-key reads. */
public class DialogueViews extends DocumentViews<DialogueView> {

    public static final String COLLECTION = "dialogue_views";

    public DialogueViews(MongoCollection<Document> collection, ObjectMapper mapper) {
        super(collection, mapper, DialogueView.class, view -> view.dialogueId);
    }

    public List<DialogueView> findAll(String institutionCode, DialogueStatus status) {
        Map<String, Object> where = new HashMap<>();
        where.put("institution.code", institutionCode);
        where.put("status", status);
        return findWhere(where);
    }
}
