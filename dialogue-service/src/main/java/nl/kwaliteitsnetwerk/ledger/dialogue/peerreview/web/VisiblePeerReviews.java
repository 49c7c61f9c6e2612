package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.web;

import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.command.PeerReviewAccessRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.FindPeerReview;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.FindPeerReviews;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.PeerReviewHistory;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.PeerReviewView;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.VisibleRecords;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.RecordReads;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The peer reviews a caller may know exist, and how much of each they see, by the rule the review
 * itself applies to commands ({@link PeerReviewAccessRule}); every read goes through here.
 */
@Component
class VisiblePeerReviews extends RecordReads<PeerReviewView> implements VisibleRecords {

    private static Access rule(Caller caller, PeerReviewView view) {
        String guide = view.processGuide == null ? null : view.processGuide.userId();
        return PeerReviewAccessRule.of(caller.asViewer(), view.status, view.institutionCodes, guide);
    }

    VisiblePeerReviews(QueryGateway queries, PeerReviewHistory history) {
        super(queries, new Kind<>("Peer review", PeerReviewView.class, FindPeerReview::new, view -> view.version,
                VisiblePeerReviews::rule, history::asOf, history::trail));
    }

    List<PeerReviewView> list(Caller caller, String institution) {
        return matching(caller, new FindPeerReviews(institution));
    }
}
