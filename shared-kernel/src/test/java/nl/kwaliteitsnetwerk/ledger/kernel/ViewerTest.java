package nl.kwaliteitsnetwerk.ledger.kernel;

import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who the access rules judge: a reader with every role they hold, or an actor in the role of the act. */
class ViewerTest {

    @Test
    void oneWhoActsHoldsOnlyTheRoleTheActIsRecordedIn() {
        Viewer councilActingAsAuditor = Viewer.of(Actor.of("council", Role.AUDITOR));

        assertThat(councilActingAsAuditor.roles()).containsExactly(Role.AUDITOR);
        assertThat(councilActingAsAuditor.has(Role.QUALITY_COUNCIL)).isFalse();
        assertThat(Viewer.of(Actor.forInstitution("roc", "29WT")).actsFor("29WT")).isTrue();
    }

    @Test
    void onlySomeoneInTheInstitutionRoleActsForTheInstitutionOfTheirCode() {
        Viewer roc = new Viewer("roc", Set.of(Role.INSTITUTION), "29WT");

        assertThat(roc.actsFor("29WT")).isTrue();
        assertThat(roc.actsFor("25LH")).isFalse();
        assertThat(roc.actsFor(null)).isFalse();
        assertThat(new Viewer("auditor", Set.of(Role.AUDITOR), "29WT").actsFor("29WT")).isFalse();
        assertThat(new Viewer("admin", Set.of(Role.ADMINISTRATOR), null).actsFor(null)).isFalse();
    }

    @Test
    void theInstitutionCodeIsComparedInItsNormalForm() {
        Viewer roc = new Viewer("roc", Set.of(Role.INSTITUTION), " \uFF12\uFF19wt");

        assertThat(roc.institutionCode()).isEqualTo("29WT");
        assertThat(roc.actsFor("29WT")).isTrue();
    }

    @Test
    void aViewerIsSomeoneAndKeepsTheRolesTheyCameWith() {
        assertThatThrownBy(() -> new Viewer(null, Set.of(Role.AUDITOR), null)).isInstanceOf(NullPointerException.class);

        Set<Role> roles = new HashSet<>(Set.of(Role.AUDITOR));
        Viewer auditor = new Viewer("auditor", roles, null);
        roles.add(Role.QUALITY_COUNCIL);
        assertThat(auditor.has(Role.QUALITY_COUNCIL)).isFalse();
    }
}
