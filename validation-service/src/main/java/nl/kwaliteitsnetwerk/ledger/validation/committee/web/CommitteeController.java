package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.VisibleViews;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.validation.DateWindow;
import nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits;
import nl.kwaliteitsnetwerk.ledger.platform.validation.SingleLine;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandAccepted;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandSender;
import nl.kwaliteitsnetwerk.ledger.platform.web.ExpectedVersion;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ChangeMembership;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ComposeCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.Seat;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.CommitteeView;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.FindCommittee;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The validation committee: its composition and changes of membership, each with its date. */
@RestController
@Tag(name = "Validation committee")
class CommitteeController {

    static final String COMMITTEE = ValidationCommittee.OF_THE_NETWORK;

    private final CommandSender commands;
    private final VisibleViews<CommitteeView> views;

    CommitteeController(CommandSender commands, QueryGateway queries) {
        this.commands = commands;
        this.views = new VisibleViews<>(queries, CommitteeView.class);
    }

    /** A member as the administrator names them; the committee's rules decide whether the seats add up. */
    record MemberRequest(@SingleLine @Size(max = FieldLimits.CODE) String userId,
                         @SingleLine @Size(max = FieldLimits.NAME) String name,
                         @SingleLine @Size(max = FieldLimits.NAME) String affiliation,
                         @SingleLine @Size(max = FieldLimits.CODE) String memberInstitutionCode,
                         Seat seat) {

        MemberRequest {
            memberInstitutionCode = InstitutionCode.normalise(memberInstitutionCode, "memberInstitutionCode");
        }

        CommitteeMember toMember() {
            return new CommitteeMember(userId, name, affiliation, memberInstitutionCode, seat);
        }
    }

    /** A composition takes effect from a date in the year behind or the two ahead: it is decided shortly before or after. */
    record CompositionRequest(@NotEmpty @Size(max = FieldLimits.MEMBERS) List<@NotNull @Valid MemberRequest> members,
                              @NotBlank @SingleLine @Size(max = FieldLimits.CODE) String chairUserId,
                              @NotNull @DateWindow(yearsBack = 1, yearsAhead = 2) LocalDate effectiveFrom) {
    }

    /** A change takes effect within a year behind or five ahead: a successor can be named for the end of a term. */
    record MembershipChangeRequest(@NotBlank @SingleLine @Size(max = FieldLimits.CODE) String leavingUserId,
                                   @NotNull @Valid MemberRequest joining,
                                   @NotNull @DateWindow(yearsBack = 1, yearsAhead = 5) LocalDate effectiveOn,
                                   @NotBlank String reason) {
    }

    /** The committee as anyone may read it: who sits on it since when, not its reviews. */
    record Composition(List<CommitteeMember> members, String chairUserId, LocalDate composedFrom,
                       List<CommitteeView.MembershipChange> membershipChanges, Instant lastChangedAt) {
    }

    @Allowed(Role.ADMINISTRATOR)
    @PostMapping("/committee")
    @Operation(summary = "Compose the committee: five members from the council of member institutions and an external chair")
    ResponseEntity<CommandAccepted> compose(@Valid @RequestBody CompositionRequest body, Actor administrator) {
        return commands.create(COMMITTEE, "/committee", new ComposeCommittee(COMMITTEE,
                body.members().stream().map(MemberRequest::toMember).toList(), body.chairUserId(), body.effectiveFrom(),
                administrator));
    }

    @Allowed(Role.ADMINISTRATOR)
    @PostMapping("/committee/membership-changes")
    @Operation(summary = "One member leaves and another joins, from a date, for a reason")
    ResponseEntity<CommandAccepted> change(@Valid @RequestBody MembershipChangeRequest body, ExpectedVersion expected,
                                           Actor administrator) {
        return commands.send(COMMITTEE, null, new ChangeMembership(COMMITTEE, body.leavingUserId(),
                body.joining().toMember(), body.effectiveOn(), body.reason(), administrator, expected.orAny()));
    }

    @SignedIn
    @GetMapping("/committee")
    @Operation(summary = "Who sits on the committee, since when, and every change of membership")
    Composition composition() {
        // the composition is public to everyone signed in
        CommitteeView view = views.one(new FindCommittee(COMMITTEE), COMMITTEE, committee -> true);
        return new Composition(view.members, view.chairUserId, view.composedFrom, view.membershipChanges, view.lastChangedAt);
    }
}
