package nl.kwaliteitsnetwerk.ledger.validation.committee.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.Affiliation;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.RegisteredInstitution;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ChangeMembership;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeCommand;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeComposed;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeComposition;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ComposeCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.MembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.Seat;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.Seating;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The validation committee of the network: who sits on it, and from when. Its reviews are aggregates of
 * their own (ValidationReview): each is opened under the composition it reads here ({@link #composition})
 * and follows the committee's changes of membership by event. A committee stream written before that still
 * holds the events of its reviews of then; the committee has no handler for them, so they leave its state
 * as it is, and stay in its stream and trail.
 */
@Aggregate(cache = "aggregateCache", filterEventsByType = true)
public class ValidationCommittee {

    /** The network has one validation committee, under this id. */
    public static final String OF_THE_NETWORK = "validatiecommissie";
    static final int COUNCIL_SEATS = 5;

    @AggregateIdentifier
    private String committeeId;
    private Seating seating = Seating.empty();
    private LocalDate lastChangeOn;

    protected ValidationCommittee() {
        // for Axon
    }

    @CommandHandler
    public ValidationCommittee(ComposeCommittee command, Clock clock, InstitutionRegister register) {
        requireComposition(command.members(), command.chairUserId());
        command.members().forEach(member -> requireAffiliation(member, register));
        require(command.effectiveFrom() != null, ValidationRule.REQUIRED_TEXT, "A composition takes effect from a date.");
        apply(new CommitteeComposed(command.committeeId(), List.copyOf(command.members()), command.chairUserId(),
                command.effectiveFrom(), command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(ChangeMembership command, Clock clock, InstitutionRegister register) {
        admit(command);
        require(seating.member(command.leavingUserId()) != null, ValidationRule.UNKNOWN_MEMBER,
                "The member who is to leave is not on the committee.");
        require(command.effectiveOn() != null && !command.effectiveOn().isBefore(lastChangeOn), ValidationRule.DATES_IN_ORDER,
                "A change takes effect on a date no earlier than the last one, " + lastChangeOn + ".");
        require(command.reason() != null && !command.reason().isBlank(), ValidationRule.REASON_REQUIRED,
                "A change of membership says why.");
        require(command.joining() != null, ValidationRule.COMPOSITION, "A member who leaves is replaced.");
        String chair = command.joining().seat() == Seat.EXTERNAL ? command.joining().userId() : seating.chairUserId();
        requireComposition(seating.after(command.leavingUserId(), command.joining(), chair).members(), chair);
        requireAffiliation(command.joining(), register);
        apply(new MembershipChanged(committeeId, command.leavingUserId(), command.joining(), chair, command.effectiveOn(),
                command.reason(), command.actor(), clock.instant()));
        return getVersion();
    }

    /** What a review is opened under: the members, the chair, and the version they are read at. */
    public CommitteeComposition composition(long version) {
        return new CommitteeComposition(committeeId, seating.members(), seating.chairUserId(), version);
    }

    // --- the rules, named ---

    /** Five members from the council of member institutions and one external member, who chairs. */
    private static void requireComposition(List<CommitteeMember> members, String chairUserId) {
        require(members != null && members.stream().allMatch(m -> m != null && m.userId() != null && !m.userId().isBlank()
                        && m.name() != null && !m.name().isBlank() && m.seat() != null), ValidationRule.COMPOSITION,
                "Every member has a user id, a name and a seat.");
        require(members.stream().map(CommitteeMember::userId).distinct().count() == members.size(),
                ValidationRule.COMPOSITION, "A person sits on the committee once.");
        List<CommitteeMember> council = members.stream().filter(m -> m.seat() == Seat.COUNCIL).toList();
        List<CommitteeMember> external = members.stream().filter(m -> m.seat() == Seat.EXTERNAL).toList();
        require(council.size() == COUNCIL_SEATS && external.size() == 1, ValidationRule.COMPOSITION,
                "The committee has " + COUNCIL_SEATS + " members from the council of member institutions and one external "
                        + "member; this one has " + council.size() + " and " + external.size() + ".");
        require(council.stream().allMatch(m -> m.memberInstitutionCode() != null && !m.memberInstitutionCode().isBlank()),
                ValidationRule.COMPOSITION, "A council member names the member institution they come from.");
        require(external.get(0).memberInstitutionCode() == null, ValidationRule.COMPOSITION,
                "The external member comes from no member institution.");
        require(external.get(0).userId().equals(chairUserId), ValidationRule.COMPOSITION, "The external member chairs.");
    }

    /**
     * Who a member works for, resolved through the institution register as an auditor's is: a council member's
     * affiliation may not name another registered institution than the one they sit for (AFFILIATION_CONFLICT), and
     * the external member's may not name a member institution of the network by any of its registered names, code
     * or no code: a member entered as working for "Business Marketing Services B.V." is of 29WT, not external.
     */
    private static void requireAffiliation(CommitteeMember member, InstitutionRegister register) {
        Affiliation affiliation = register.resolve(member.affiliation(), member.memberInstitutionCode());
        if (member.seat() == Seat.EXTERNAL && affiliation.institutionCode() != null) {
            register.byCode(affiliation.institutionCode()).filter(RegisteredInstitution::networkMember)
                    .ifPresent(institution -> {
                        throw new RuleViolation(ValidationRule.COMPOSITION, "The external member comes from no member "
                                + "institution; '" + member.affiliation() + "' is " + institution.code() + ".");
                    });
        }
    }

    /**
     * Everyone signed in may know the committee (its composition is public), so a command on the committee
     * itself is compared with the version its sender last saw first of all: a stale one decides nothing.
     */
    private void admit(CommitteeCommand command) {
        StaleVersion.require(command.expectedVersion(), getVersion());
    }

    // --- state changes ---

    @EventSourcingHandler
    void on(CommitteeComposed event) {
        committeeId = event.committeeId();
        seating = Seating.of(event.members(), event.chairUserId());
        lastChangeOn = event.effectiveFrom();
    }

    @EventSourcingHandler
    void on(MembershipChanged event) {
        seating = seating.after(event.leavingUserId(), event.joining(), event.chairUserId());
        lastChangeOn = event.effectiveOn();
    }

    @Override
    public String toString() {
        return "ValidationCommittee[" + committeeId + ", " + seating.byUserId().size() + " members]";
    }
}
