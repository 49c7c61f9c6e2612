package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.PeerReviewStatus;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.PeerTeam;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.FindPeerReview;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.FindPeerReviews;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.PeerReviewHistory;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.PeerReviewView;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.Access;
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
import java.util.List;

/**
 * Reading peer reviews. Peer review is collegial learning: its content is for the process guide and
 * the institutions whose teams take part, and for the validation committee once it is completed;
 * administrators see its planning data. It is never public.
 */
@RestController
@RequestMapping("/peer-reviews")
@Tag(name = "Peer review queries")
class PeerReviewQueryController {

    private final VisibleViews<PeerReviewView> views;
    private final PeerReviewHistory history;

    PeerReviewQueryController(QueryGateway queries, PeerReviewHistory history) {
        this.views = new VisibleViews<>(queries, PeerReviewView.class, "peer review");
        this.history = history;
    }

    static Access access(Caller caller, PeerReviewView view) {
        boolean guide = view.processGuide != null && view.processGuide.userId().equals(caller.userId());
        if (guide || view.institutionCodes.stream().anyMatch(caller::actsFor)) {
            return Access.FULL;
        }
        if (caller.has(Role.VALIDATION_COMMITTEE) && view.status == PeerReviewStatus.COMPLETED) {
            return Access.FULL;
        }
        return caller.has(Role.ADMINISTRATOR) ? Access.SUMMARY : Access.NONE;
    }

    record PeerReviewSummary(String peerReviewId, long version, String title, PeerReviewStatus status,
                             Assessor processGuide, List<PeerTeam> teams, Instant lastChangedAt) {

        static PeerReviewSummary of(PeerReviewView view) {
            return new PeerReviewSummary(view.peerReviewId, view.version, view.title, view.status, view.processGuide,
                    view.teams, view.lastChangedAt);
        }
    }

    @GetMapping
    @Operation(summary = "Peer reviews visible to you, optionally those with a team of one institution")
    List<PeerReviewSummary> list(@RequestParam(required = false) String institution, Caller caller) {
        return views.list(new FindPeerReviews(institution), view -> access(caller, view) != Access.NONE).stream()
                .map(PeerReviewSummary::of)
                .toList();
    }

    @GetMapping("/{peerReviewId}")
    @Operation(summary = "One peer review; with asOf, as it stood then")
    @ApiResponse(responseCode = "200", description = "What the caller may see of it",
            content = @Content(schema = @Schema(anyOf = {PeerReviewView.class, PeerReviewSummary.class})))
    ResponseEntity<Object> get(@PathVariable String peerReviewId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                               Instant asOf,
                               Caller caller) {
        PeerReviewView current = one(caller, peerReviewId);
        Access access = access(caller, current);
        if (asOf != null) {
            access.requireFull("the history of this peer review");
            PeerReviewView then = history.asOf(peerReviewId, asOf)
                    .orElseThrow(() -> new NotFound("Peer review " + peerReviewId + " did not exist yet at " + asOf + "."));
            return ResponseEntity.ok().eTag(Versions.etag(then.version)).body(then);
        }
        Object body = access == Access.FULL ? current : PeerReviewSummary.of(current);
        return ResponseEntity.ok().eTag(Versions.etag(current.version)).body(body);
    }

    @GetMapping("/{peerReviewId}/trail")
    @Operation(summary = "Every event of the peer review in order")
    List<TrailEntry> trail(@PathVariable String peerReviewId, Caller caller) {
        access(caller, one(caller, peerReviewId)).requireFull("the trail of this peer review");
        return history.trail(peerReviewId);
    }

    private PeerReviewView one(Caller caller, String peerReviewId) {
        return views.one(new FindPeerReview(peerReviewId), peerReviewId, view -> access(caller, view) != Access.NONE);
    }
}
