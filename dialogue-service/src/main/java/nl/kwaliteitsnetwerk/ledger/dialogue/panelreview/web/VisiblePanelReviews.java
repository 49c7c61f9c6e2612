package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.web;

import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.command.PanelReviewAccessRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.FindPanelReview;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.FindPanelReviews;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.PanelReviewView;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.VisibleRecords;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.VisibleViews;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The panel reviews a caller may know exist, and how much of each they see, by the rule the review
 * itself applies to commands ({@link PanelReviewAccessRule}); every read goes through here.
 */
@Component
class VisiblePanelReviews implements VisibleRecords {

    private final VisibleViews<PanelReviewView> views;

    VisiblePanelReviews(QueryGateway queries) {
        this.views = new VisibleViews<>(queries, PanelReviewView.class);
    }

    static Access access(Caller caller, PanelReviewView view) {
        return PanelReviewAccessRule.of(caller.asViewer(), view.status, view.institution.code(), view.panelUserIds());
    }

    List<PanelReviewView> list(Caller caller, String institution) {
        return views.list(new FindPanelReviews(institution), view -> access(caller, view).visible());
    }

    PanelReviewView one(Caller caller, String panelReviewId) {
        return views.one(new FindPanelReview(panelReviewId), panelReviewId, view -> access(caller, view).visible());
    }

    @Override
    public boolean visibleTo(Caller caller, String id) {
        return views.exists(new FindPanelReview(id), view -> access(caller, view).visible());
    }
}
