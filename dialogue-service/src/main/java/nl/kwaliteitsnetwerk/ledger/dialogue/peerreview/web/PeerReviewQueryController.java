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
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.PeerReviewHistory;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.PeerReviewView;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.platform.errors.NotFound;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits;
import nl.kwaliteitsnetwerk.ledger.platform.validation.SingleLine;
import nl.kwaliteitsnetwerk.ledger.platform.web.Page;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import nl.kwaliteitsnetwerk.ledger.platform.web.Versions;
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
    private final PeerReviewHistory history;

    PeerReviewQueryController(VisiblePeerReviews reviews, PeerReviewHistory history) {
        this.reviews = reviews;
        this.history = history;
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
        PeerReviewView current = reviews.one(caller, peerReviewId);
        Access access = VisiblePeerReviews.access(caller, current);
        PeerReviewView shown = asOf == null ? current : history.asOf(peerReviewId, asOf)
                .orElseThrow(() -> new NotFound("Peer review " + peerReviewId + " did not exist yet at " + asOf + "."));
        Object body = access == Access.FULL ? shown : PeerReviewSummary.of(shown);
        return ResponseEntity.ok().eTag(Versions.etag(shown.version)).body(body);
    }

    @GetMapping("/{peerReviewId}/trail")
    @SignedIn
    @Operation(summary = "Every event of the peer review in order")
    Page<TrailEntry> trail(@PathVariable String peerReviewId, Paging paging, Caller caller) {
        VisiblePeerReviews.access(caller, reviews.one(caller, peerReviewId)).requireFull("the trail of this peer review");
        return paging.page(history.trail(peerReviewId), entry -> Paging.numericKey(entry.sequenceNumber()));
    }
}
