package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import org.bson.Document;

/** Panel-review views as documents keyed by review id. */
public class PanelReviewViews extends DocumentViews<PanelReviewView> {

    public static final String COLLECTION = "panel_review_views";

    public PanelReviewViews(MongoCollection<Document> collection, ObjectMapper mapper) {
        super(collection, mapper, PanelReviewView.class, view -> view.panelReviewId);
    }
}
