package nl.kwaliteitsnetwerk.ledger.validation.committee.command;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeComposed;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.MembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.Seat;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The validation committee (vc-chair external; committee of 29WT, vc-2 of 30XY, …) and its people, as fixture histories. */
public final class CommitteeFixtures {

    public static final String COMMITTEE = ValidationCommittee.OF_THE_NETWORK;
    public static final Instant NOW = Instant.parse("2027-11-01T09:00:00Z");
    public static final LocalDate FROM = LocalDate.parse("2027-01-01");
    public static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    public static final Actor CHAIR = Actor.of("vc-chair", Role.VALIDATION_COMMITTEE);
    public static final Actor FROM_29WT = Actor.of("committee", Role.VALIDATION_COMMITTEE);
    public static final Actor FROM_30XY = Actor.of("vc-2", Role.VALIDATION_COMMITTEE);
    public static final Actor BOARD = Actor.of("board", Role.NETWORK_BOARD);

    public static final CommitteeMember EXTERNAL_CHAIR = new CommitteeMember("vc-chair", "Eva Extern", "Universiteit", null,
            Seat.EXTERNAL);
    public static final List<CommitteeMember> MEMBERS = List.of(EXTERNAL_CHAIR,
            council("committee", "29WT"), council("vc-2", "30XY"), council("vc-3", "31AB"), council("vc-4", "32CD"),
            council("vc-5", "33EF"));
    public static final LocalDate TERM_ENDS = LocalDate.parse("2028-01-01");

    private CommitteeFixtures() {
    }

    public static CommitteeMember council(String userId, String institutionCode) {
        return new CommitteeMember(userId, "Lid " + userId, "ROC " + institutionCode, institutionCode, Seat.COUNCIL);
    }

    public static AggregateTestFixture<ValidationCommittee> fixture(MutableClock clock) {
        AggregateTestFixture<ValidationCommittee> fixture = new AggregateTestFixture<>(ValidationCommittee.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(InstitutionRegister.shipped());
        return fixture;
    }

    public static List<Object> composed() {
        return List.of(new CommitteeComposed(COMMITTEE, MEMBERS, "vc-chair", FROM, ADMIN, NOW));
    }

    /** vc-5 (of 33EF) leaves and vc-6 (of 34GH) joins. */
    public static MembershipChanged vc5ReplacedByVc6() {
        return new MembershipChanged(COMMITTEE, "vc-5", council("vc-6", "34GH"), "vc-chair", TERM_ENDS, "Termijn verstreken",
                ADMIN, NOW);
    }

    /** The external chair leaves and vc-chair2, external too, joins and chairs. */
    public static MembershipChanged newExternalChair() {
        return new MembershipChanged(COMMITTEE, "vc-chair", new CommitteeMember("vc-chair2", "Nieuwe Voorzitter", "Hogeschool",
                null, Seat.EXTERNAL), "vc-chair2", TERM_ENDS, "Afscheid", ADMIN, NOW);
    }

    public static List<Object> oneOfEachEvent() {
        return plus(composed(), vc5ReplacedByVc6());
    }

    public static List<Object> plus(List<Object> history, Object... events) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(Stream.of(events).toList());
        return List.copyOf(all);
    }
}
