package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import org.bson.Document;

/** Dialogue views as documents keyed by dialogue id; lookups by id are exact-key reads. */
public class DialogueViews extends DocumentViews<DialogueView> {

    public static final String COLLECTION = "dialogue_views";

    public DialogueViews(MongoCollection<Document> collection, ObjectMapper mapper) {
        super(collection, mapper, DialogueView.class, view -> view.dialogueId);
    }
}
