package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.ProcessingGroups;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.PanelReviewEvent;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.ProjectedViews;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.Where;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;

import java.util.List;
import java.util.Optional;

/** Keeps the panel-review read model and answers queries on it. */
@ProcessingGroup(ProcessingGroups.VIEWS)
public class PanelReviewProjection {

    private final ProjectedViews<PanelReviewView, PanelReviewEvent> views;

    public PanelReviewProjection(PanelReviewViews views) {
        this.views = new ProjectedViews<>(views, PanelReviewView::new, PanelReviewEvent::panelReviewId, PanelReviewView::apply);
    }

    /** Idempotent: an event the stored view has already applied (by sequence number) changes nothing. */
    @EventHandler
    public void on(PanelReviewEvent event, @SequenceNumber long sequence) {
        views.fold(event, sequence);
    }

    @QueryHandler
    public Optional<PanelReviewView> handle(FindPanelReview query) {
        return views.find(query.panelReviewId());
    }

    @QueryHandler
    public List<PanelReviewView> handle(FindPanelReviews query) {
        return views.findWhere(Where.field("institution.code", query.institutionCode()));
    }
}
