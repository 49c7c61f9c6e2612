package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.PanelReviewStatus;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.FindPanelReview;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.FindPanelReviews;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.PanelReviewHistory;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.PanelReviewView;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.errors.NotFound;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.VisibleViews;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.web.Versions;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Reading panel reviews. The panel and the institution see everything; the validation committee
 * sees an issued report; once published, everyone signed in reads the summary and the judgements.
 */
@RestController
@RequestMapping("/panel-reviews")
@Tag(name = "Panel review queries")
class PanelReviewQueryController {

    private final VisibleViews<PanelReviewView> views;
    private final PanelReviewHistory history;

    PanelReviewQueryController(QueryGateway queries, PanelReviewHistory history) {
        this.views = new VisibleViews<>(queries, PanelReviewView.class, "panel review");
        this.history = history;
    }

    static Access access(Caller caller, PanelReviewView view) {
        if (view.isPanelMember(caller.userId()) || caller.actsFor(view.institution.code())) {
            return Access.FULL;
        }
        if (caller.has(Role.VALIDATION_COMMITTEE)
                && EnumSet.of(PanelReviewStatus.REPORT_ISSUED, PanelReviewStatus.PUBLISHED).contains(view.status)) {
            return Access.FULL;
        }
        if (view.status == PanelReviewStatus.PUBLISHED) {
            return Access.PUBLIC;
        }
        return caller.has(Role.ADMINISTRATOR) ? Access.SUMMARY : Access.NONE;
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
    @Operation(summary = "Panel reviews visible to you, optionally of one institution")
    List<PanelReviewSummary> list(@RequestParam(required = false) String institution, Caller caller) {
        return views.list(new FindPanelReviews(institution), view -> access(caller, view) != Access.NONE).stream()
                .map(PanelReviewSummary::of)
                .toList();
    }

    @GetMapping("/{panelReviewId}")
    @Operation(summary = "One panel review; with asOf, as it stood then")
    @ApiResponse(responseCode = "200", description = "What the caller may see of it",
            content = @Content(schema = @Schema(anyOf = {PanelReviewView.class, PanelReviewSummary.class, PublicPanelReview.class})))
    ResponseEntity<Object> get(@PathVariable String panelReviewId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                               Instant asOf,
                               Caller caller) {
        PanelReviewView current = one(caller, panelReviewId);
        Access access = access(caller, current);
        if (asOf != null) {
            access.requireFull("the history of this panel review");
            PanelReviewView then = history.asOf(panelReviewId, asOf)
                    .orElseThrow(() -> new NotFound("Panel review " + panelReviewId + " did not exist yet at " + asOf + "."));
            return ResponseEntity.ok().eTag(Versions.etag(then.version)).body(then);
        }
        Object body = switch (access) {
            case FULL -> current;
            case SUMMARY -> PanelReviewSummary.of(current);
            case PUBLIC -> PublicPanelReview.of(current);
            case NONE -> throw new IllegalStateException("unreachable: one() answers 404 first");
        };
        return ResponseEntity.ok().eTag(Versions.etag(current.version)).body(body);
    }

    @GetMapping("/{panelReviewId}/trail")
    @Operation(summary = "Every event of the panel review in order")
    List<TrailEntry> trail(@PathVariable String panelReviewId, Caller caller) {
        access(caller, one(caller, panelReviewId)).requireFull("the trail of this panel review");
        return history.trail(panelReviewId);
    }

    private PanelReviewView one(Caller caller, String panelReviewId) {
        return views.one(new FindPanelReview(panelReviewId), panelReviewId, view -> access(caller, view) != Access.NONE);
    }
}
