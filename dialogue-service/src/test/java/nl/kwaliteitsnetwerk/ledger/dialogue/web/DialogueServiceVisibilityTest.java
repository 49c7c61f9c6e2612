package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.AggregateVisibility;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The service's one answer to whether a caller may know an aggregate exists: dialogues, panel and peer reviews. */
class DialogueServiceVisibilityTest extends ServiceTestBase {

    private static final Caller ROC = new Caller("roc", Set.of(Role.INSTITUTION), "29WT");
    private static final Caller OTHER_ROC = new Caller("other-roc", Set.of(Role.INSTITUTION), "25LH");
    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMINISTRATOR), null);
    private static final Caller INSPECTOR = new Caller("inspector", Set.of(Role.INSPECTORATE), null);
    private static final Caller GUIDE = new Caller("guide", Set.of(Role.PROCESS_GUIDE), null);
    private static final Caller PANELIST = new Caller("panelist", Set.of(Role.PANEL_MEMBER), null);

    @Autowired
    private AggregateVisibility visibility;

    @Autowired
    private ApplicationContext context;

    @Test
    void theServiceHasOneAnswerForEveryKindOfAggregate() {
        assertThat(context.getBeansOfType(AggregateVisibility.class)).hasSize(1);
        assertThat(visibility.visibleTo(ADMIN, UUID.randomUUID().toString())).as("an unknown id").isFalse();
    }

    @Test
    void aDialogueIsVisibleToItsInstitutionCommitteeAndTheNetworkOnly() {
        String dialogue = DialogueJourney.open(api()).committeeAppointed().dialogueId;
        Caller chair = new Caller("chair", Set.of(Role.DIALOGUE_COMMITTEE), null);
        await().atMost(Duration.ofSeconds(20)).until(() -> visibility.visibleTo(chair, dialogue));
        assertThat(visibility.visibleTo(ROC, dialogue)).isTrue();
        assertThat(visibility.visibleTo(ADMIN, dialogue)).isTrue();
        assertThat(visibility.visibleTo(OTHER_ROC, dialogue)).isFalse();
        assertThat(visibility.visibleTo(INSPECTOR, dialogue)).isFalse();
    }

    @Test
    void aPanelReviewIsVisibleToItsPanelAndInstitution() {
        ApiClient api = api();
        String review = api.post("admin", "/panel-reviews", ApiClient.json().put("institutionCode", "29WT")
                .put("boardNumber", 21274).put("institutionName", "Business Marketing Services B.V.")
                .put("frameworkId", "referentiewaardenmodel-mbo").put("frameworkVersion", "2024-proeftuin")
                .put("plannedDate", DialogueJourney.inDays(300))).text("id");
        ObjectNode panel = ApiClient.json();
        panel.set("chair", DialogueJourney.member("panel-chair", "Paula Panel", null, "INDEPENDENT_EXPERT", null));
        panel.putArray("members").add(DialogueJourney.member("panelist", "Wim Werkveld", null, "STAKEHOLDER", "EMPLOYERS"));
        assertThat(api.post("admin", "/panel-reviews/" + review + "/panel", panel).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> visibility.visibleTo(PANELIST, review));
        assertThat(visibility.visibleTo(ROC, review)).isTrue();
        assertThat(visibility.visibleTo(OTHER_ROC, review)).isFalse();
        assertThat(visibility.visibleTo(INSPECTOR, review)).isFalse();
    }

    @Test
    void aPeerReviewIsVisibleToItsGuideAndTheInstitutionsOfItsTeamsButNeverPublic() {
        ObjectNode body = ApiClient.json().put("title", "Carrousel BPV");
        body.set("processGuide", DialogueJourney.member("guide", "Gerda Gids", null, "NETWORK", null));
        ArrayNode teams = body.putArray("teams");
        team(teams.addObject(), "zorg", "29WT", 21274, "Business Marketing Services B.V.");
        team(teams.addObject(), "techniek", "25LH", 30105, "ROC Elders");
        String review = api().post("admin", "/peer-reviews", body).text("id");
        await().atMost(Duration.ofSeconds(20)).until(() -> visibility.visibleTo(GUIDE, review));
        assertThat(visibility.visibleTo(ROC, review)).isTrue();
        assertThat(visibility.visibleTo(OTHER_ROC, review)).isTrue();
        assertThat(visibility.visibleTo(PANELIST, review)).isFalse();
        assertThat(visibility.visibleTo(INSPECTOR, review)).isFalse();
    }

    private static void team(ObjectNode team, String id, String code, int board, String institution) {
        team.put("teamId", id).put("name", "Team " + id).put("level", "PROGRAMME")
                .put("researchQuestion", "Hoe houden wij de beroepspraktijkvorming van onze eerstejaars studenten goed begeleid, zodat we ons begeleidingsplan bijstellen?")
                .putObject("institution").put("code", code).put("boardNumber", board).put("name", institution);
    }
}
