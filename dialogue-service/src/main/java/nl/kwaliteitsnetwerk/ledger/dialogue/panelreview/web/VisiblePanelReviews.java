package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.web;

import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.command.PanelReviewAccessRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.FindPanelReview;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.FindPanelReviews;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.PanelReviewHistory;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.PanelReviewView;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.VisibleRecords;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.RecordReads;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The panel reviews a caller may know exist, and how much of each they see, by the rule the review
 * itself applies to commands ({@link PanelReviewAccessRule}); every read goes through here.
 */
@Component
class VisiblePanelReviews extends RecordReads<PanelReviewView> implements VisibleRecords {

    private static Access rule(Caller caller, PanelReviewView view) {
        return PanelReviewAccessRule.of(caller.asViewer(), view.status, view.institution.code(), view.panelUserIds());
    }

    VisiblePanelReviews(QueryGateway queries, PanelReviewHistory history) {
        super(queries, new Kind<>("Panel review", PanelReviewView.class, FindPanelReview::new, view -> view.version,
                VisiblePanelReviews::rule, history::asOf, history::trail));
    }

    List<PanelReviewView> list(Caller caller, String institution) {
        return matching(caller, new FindPanelReviews(institution));
    }
}
