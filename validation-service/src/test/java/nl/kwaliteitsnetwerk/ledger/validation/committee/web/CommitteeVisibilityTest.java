package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.web.CommitteeController.COMMITTEE;
import static org.assertj.core.api.Assertions.assertThat;

/** The service's one AggregateVisibility: the committee is known to everyone signed in; nothing else is. */
class CommitteeVisibilityTest {

    private static final List<Caller> EVERYONE = List.of(new Caller("inspector", Set.of(Role.INSPECTORATE), null),
            new Caller("roc", Set.of(Role.INSTITUTION), "29WT"), new Caller("admin", Set.of(Role.ADMINISTRATOR), null),
            new Caller("vc-2", Set.of(Role.VALIDATION_COMMITTEE), null));

    private final CommitteeVisibility visibility = new CommitteeVisibility();

    @Test
    void theCommitteeIsKnownToEveryoneSignedIn() {
        EVERYONE.forEach(caller -> assertThat(visibility.visibleTo(caller, COMMITTEE)).as(caller.userId()).isTrue());
    }

    @Test
    void anyOtherIdIsUnknownToEveryone() {
        for (Caller caller : EVERYONE) {
            assertThat(visibility.visibleTo(caller, "review-2027")).as(caller.userId()).isFalse();
            assertThat(visibility.visibleTo(caller, "audit-1")).as(caller.userId()).isFalse();
        }
    }
}
