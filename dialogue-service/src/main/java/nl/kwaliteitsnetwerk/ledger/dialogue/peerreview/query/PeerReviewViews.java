package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import org.bson.Document;

/** Peer-review views as documents keyed by review id. */
public class PeerReviewViews extends DocumentViews<PeerReviewView> {

    public static final String COLLECTION = "peer_review_views";

    public PeerReviewViews(MongoCollection<Document> collection, ObjectMapper mapper) {
        super(collection, mapper, PeerReviewView.class, view -> view.peerReviewId);
    }
}
