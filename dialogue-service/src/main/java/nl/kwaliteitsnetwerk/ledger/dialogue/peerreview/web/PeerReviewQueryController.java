package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.PeerReviewStatus;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.PeerTeam;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.PeerReviewView;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
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
import java.util.List;

/**
 * Reading peer reviews; what a caller gets depends on who they are ({@link VisiblePeerReviews}), now
 * and as it stood at a past instant alike. Every signed-in user may ask; the access rule decides per review.
 */
@RestController
@RequestMapping("/peer-reviews")
@Tag(name = "Peer review queries")
class PeerReviewQueryController {

    private final VisiblePeerReviews reviews;

    PeerReviewQueryController(VisiblePeerReviews reviews) {
        this.reviews = reviews;
    }

    record PeerReviewSummary(String peerReviewId, long version, String title, PeerReviewStatus status,
                             Assessor processGuide, List<PeerTeam> teams, Instant lastChangedAt) {

        static PeerReviewSummary of(PeerReviewView view) {
            return new PeerReviewSummary(view.peerReviewId, view.version, view.title, view.status, view.processGuide,
                    view.teams, view.lastChangedAt);
        }
    }

    @GetMapping
    @SignedIn
    @Operation(summary = "Peer reviews visible to you, optionally those with a team of one institution")
    Page<PeerReviewSummary> list(@RequestParam(required = false) @SingleLine @Size(max = FieldLimits.CODE) String institution, Paging paging, Caller caller) {
        return paging.page(reviews.list(caller, institution).stream().map(PeerReviewSummary::of).toList(),
                PeerReviewSummary::peerReviewId);
    }

    @GetMapping("/{peerReviewId}")
    @SignedIn
    @Operation(summary = "One peer review; with asOf, as it stood then, shown as much as you may see of it now")
    @ApiResponse(responseCode = "200", description = "What the caller may see of it",
            content = @Content(schema = @Schema(anyOf = {PeerReviewView.class, PeerReviewSummary.class})))
    ResponseEntity<Object> get(@PathVariable String peerReviewId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                               Instant asOf,
                               Caller caller) {
        return reviews.read(caller, peerReviewId, asOf, PeerReviewQueryController::disclosed);
    }

    /** A peer review has no public part: who may see it at all sees its summary, or the whole of it. */
    private static Object disclosed(Access access, PeerReviewView view) {
        return access == Access.FULL ? view : PeerReviewSummary.of(view);
    }

    @GetMapping("/{peerReviewId}/trail")
    @SignedIn
    @Operation(summary = "Every event of the peer review in order")
    Page<TrailEntry> trail(@PathVariable String peerReviewId, Paging paging, Caller caller) {
        return reviews.trail(caller, peerReviewId, paging);
    }
}
