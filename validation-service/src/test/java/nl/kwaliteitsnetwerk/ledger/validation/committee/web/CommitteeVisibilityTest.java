package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.AggregateVisibility;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.web.CommitteeController.COMMITTEE;
import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.composeIfNeeded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's AggregateVisibility (ValidationConfiguration): the committee is known to everyone signed in, by its
 * id alone, and so is its ledger verification; an id of nothing this service holds is unknown to everyone (a
 * review's own rule is ReviewAccessTest's).
 */
class CommitteeVisibilityTest extends ServiceTestBase {

    private static final List<Caller> EVERYONE = List.of(new Caller("inspector", Set.of(Role.INSPECTORATE), null),
            new Caller("roc", Set.of(Role.INSTITUTION), "29WT"), new Caller("admin", Set.of(Role.ADMINISTRATOR), null),
            new Caller("vc-2", Set.of(Role.VALIDATION_COMMITTEE), null), new Caller("board", Set.of(Role.NETWORK_BOARD), null));

    @Autowired
    AggregateVisibility visibility;

    @Test
    void theCommitteeIsKnownToEveryoneSignedIn() {
        EVERYONE.forEach(caller -> assertThat(visibility.visibleTo(caller, COMMITTEE)).as(caller.userId()).isTrue());
        ApiClient api = api();
        composeIfNeeded(api, clock);
        ApiClient.Response verified = api.get("inspector", "/ledger/aggregates/" + COMMITTEE + "/verification");
        assertThat(verified.status()).as(verified.raw()).isEqualTo(200);
    }

    @Test
    void anyOtherIdIsUnknownToEveryone() {
        for (Caller caller : EVERYONE) {
            assertThat(visibility.visibleTo(caller, "review-2027")).as(caller.userId()).isFalse();
            assertThat(visibility.visibleTo(caller, "audit-1")).as(caller.userId()).isFalse();
        }
        ApiClient.Response unknown = api().get("inspector", "/ledger/aggregates/audit-1/verification");
        assertThat(unknown.status()).as(unknown.raw()).isEqualTo(404);
    }
}
