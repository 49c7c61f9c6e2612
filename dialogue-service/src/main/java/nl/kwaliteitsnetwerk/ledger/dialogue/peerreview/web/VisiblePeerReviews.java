package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.web;

import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.command.PeerReviewAccessRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.FindPeerReview;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.FindPeerReviews;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.PeerReviewView;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.VisibleRecords;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.VisibleViews;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The peer reviews a caller may know exist, and how much of each they see, by the rule the review
 * itself applies to commands ({@link PeerReviewAccessRule}); every read goes through here.
 */
@Component
class VisiblePeerReviews implements VisibleRecords {

    private final VisibleViews<PeerReviewView> views;

    VisiblePeerReviews(QueryGateway queries) {
        this.views = new VisibleViews<>(queries, PeerReviewView.class);
    }

    static Access access(Caller caller, PeerReviewView view) {
        String guide = view.processGuide == null ? null : view.processGuide.userId();
        return PeerReviewAccessRule.of(caller.asViewer(), view.status, view.institutionCodes, guide);
    }

    List<PeerReviewView> list(Caller caller, String institution) {
        return views.list(new FindPeerReviews(institution), view -> access(caller, view).visible());
    }

    PeerReviewView one(Caller caller, String peerReviewId) {
        return views.one(new FindPeerReview(peerReviewId), peerReviewId, view -> access(caller, view).visible());
    }

    @Override
    public boolean visibleTo(Caller caller, String id) {
        return views.exists(new FindPeerReview(id), view -> access(caller, view).visible());
    }
}
