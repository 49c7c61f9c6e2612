package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.PanelReviewStatus;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.PanelReviewView;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits;
import nl.kwaliteitsnetwerk.ledger.platform.validation.SingleLine;
import nl.kwaliteitsnetwerk.ledger.platform.web.Page;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reading panel reviews; what a caller gets depends on who they are ({@link VisiblePanelReviews}), now
 * and as it stood at a past instant alike. Every signed-in user may ask; the access rule decides per review.
 */
@RestController
@RequestMapping("/panel-reviews")
@Tag(name = "Panel review queries")
class PanelReviewQueryController {

    private final VisiblePanelReviews reviews;

    PanelReviewQueryController(VisiblePanelReviews reviews) {
        this.reviews = reviews;
    }

    record PanelReviewSummary(String panelReviewId, long version, InstitutionRef institution, FrameworkRef framework,
                              LocalDate plannedDate, PanelReviewStatus status, Assessor chair, List<Assessor> members,
                              Instant lastChangedAt) {

        static PanelReviewSummary of(PanelReviewView view) {
            return new PanelReviewSummary(view.panelReviewId, view.version, view.institution, view.framework,
                    view.plannedDate, view.status, view.chair, view.members, view.lastChangedAt);
        }
    }

    /** What is public once published: the summary and the final judgement per standard, under its model version. */
    record PublicPanelReview(String panelReviewId, InstitutionRef institution, FrameworkRef framework,
                             Instant publishedAt, String summary, Map<String, String> standardJudgements) {

        static PublicPanelReview of(PanelReviewView view) {
            return new PublicPanelReview(view.panelReviewId, view.institution, view.report.framework(),
                    view.publication.publishedAt(), view.publication.summary(), view.report.standardJudgements());
        }
    }

    @GetMapping
    @SignedIn
    @Operation(summary = "Panel reviews visible to you, optionally of one institution, by planned date")
    Page<PanelReviewSummary> list(@RequestParam(required = false) @SingleLine @Size(max = FieldLimits.CODE) String institution, Paging paging, Caller caller) {
        return paging.page(reviews.list(caller, institution).stream().map(PanelReviewSummary::of).toList(),
                summary -> summary.plannedDate() + " " + summary.panelReviewId());
    }

    @GetMapping("/{panelReviewId}")
    @SignedIn
    @Operation(summary = "One panel review; with asOf, as it stood then, shown as much as you may see of it now")
    @ApiResponse(responseCode = "200", description = "What the caller may see of it",
            content = @Content(schema = @Schema(anyOf = {PanelReviewView.class, PanelReviewSummary.class, PublicPanelReview.class})))
    ResponseEntity<Object> get(@PathVariable String panelReviewId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                               Instant asOf,
                               Caller caller) {
        return reviews.read(caller, panelReviewId, asOf, PanelReviewQueryController::disclosed);
    }

    @GetMapping("/{panelReviewId}/trail")
    @SignedIn
    @Operation(summary = "Every event of the panel review in order")
    Page<TrailEntry> trail(@PathVariable String panelReviewId, Paging paging, Caller caller) {
        return reviews.trail(caller, panelReviewId, paging);
    }

    /**
     * The part of {@code view} (now, or as it stood then) that {@code access}, the caller's access now,
     * discloses. The public part of a review that was not yet published then is nothing: as unknown.
     */
    private static Object disclosed(Access access, PanelReviewView view) {
        return access.disclose(view.panelReviewId, view.publication != null, () -> view, () -> PanelReviewSummary.of(view),
                () -> PublicPanelReview.of(view));
    }
}
