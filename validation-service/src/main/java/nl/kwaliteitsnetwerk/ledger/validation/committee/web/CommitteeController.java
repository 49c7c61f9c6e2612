package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.VisibleViews;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.web.Versions;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ChangeMembership;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ComposeCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.CommitteeHistory;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.CommitteeView;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.FindCommittee;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The validation committee: its composition and changes of membership, each with its date. */
@RestController
@Tag(name = "Validation committee")
class CommitteeController {

    static final String COMMITTEE = "validatiecommissie";

    private final CommandGateway commands;
    private final VisibleViews<CommitteeView> views;
    private final CommitteeHistory history;

    CommitteeController(CommandGateway commands, QueryGateway queries, CommitteeHistory history) {
        this.commands = commands;
        this.views = new VisibleViews<>(queries, CommitteeView.class, "committee");
        this.history = history;
    }

    record CompositionRequest(@NotEmpty List<@NotNull CommitteeMember> members, @NotBlank String chairUserId,
                              @NotNull LocalDate effectiveFrom) {
    }

    record MembershipChangeRequest(@NotBlank String leavingUserId, @NotNull @Valid CommitteeMember joining,
                                   @NotNull LocalDate effectiveOn, @NotBlank String reason) {
    }

    /** The committee as anyone may read it: who sits on it since when, not its reviews. */
    record Composition(List<CommitteeMember> members, String chairUserId, LocalDate composedFrom,
                       List<CommitteeView.MembershipChange> membershipChanges, Instant lastChangedAt) {
    }

    record Accepted(String committeeId, long version) {
    }

    @PostMapping("/committee")
    @Operation(summary = "Compose the committee: five members from the council of member institutions and an external chair")
    ResponseEntity<Accepted> compose(@Valid @RequestBody CompositionRequest body, Caller caller) {
        commands.sendAndWait(new ComposeCommittee(COMMITTEE, body.members(), body.chairUserId(), body.effectiveFrom(),
                caller.actingAs(Role.ADMINISTRATOR)));
        return ResponseEntity.created(URI.create("/committee")).eTag(Versions.etag(0)).body(new Accepted(COMMITTEE, 0));
    }

    @PostMapping("/committee/membership-changes")
    @Operation(summary = "One member leaves and another joins, from a date, for a reason")
    ResponseEntity<Accepted> change(@Valid @RequestBody MembershipChangeRequest body,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    Caller caller) {
        long version = commands.sendAndWait(new ChangeMembership(COMMITTEE, body.leavingUserId(), body.joining(),
                body.effectiveOn(), body.reason(), caller.actingAs(Role.ADMINISTRATOR), Versions.fromIfMatch(ifMatch)));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(new Accepted(COMMITTEE, version));
    }

    @GetMapping("/committee")
    @Operation(summary = "Who sits on the committee, since when, and every change of membership")
    Composition composition() {
        CommitteeView view = views.one(new FindCommittee(COMMITTEE), COMMITTEE, v -> true);
        return new Composition(view.members, view.chairUserId, view.composedFrom, view.membershipChanges, view.lastChangedAt);
    }

    @GetMapping("/committee/trail")
    @Operation(summary = "Every event of the committee and its reviews, in order (committee, board, administrators)")
    List<TrailEntry> trail(Caller caller) {
        ReviewAccess.requireInsider(caller, "the committee's trail");
        return history.trail(COMMITTEE);
    }
}
