package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/** Dialogue views as documents keyed by dialogue id; lookups by id are exact-key reads. */
public class DialogueViews extends DocumentViews<DialogueView> {

    public static final String COLLECTION = "dialogue_views";

    public DialogueViews(MongoCollection<Document> collection, ObjectMapper mapper) {
        super(collection, mapper, DialogueView.class, view -> view.dialogueId);
    }

    public List<DialogueView> findAll(String institutionCode, DialogueStatus status) {
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
