package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiDocumentChecks;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roles each endpoint states, as the OpenAPI document shows them: the same decisions as the URL
 * table they replace. Commands the table did not name were refused to everyone; now every command
 * names its roles, so a new endpoint must appear here too.
 */
class EndpointRolesTest extends ServiceTestBase {

    private static final String SIGNED_IN = "[\"signed-in\"]";
    private static final String ADMINISTRATOR = "[\"ADMINISTRATOR\"]";
    private static final String INSTITUTION = "[\"INSTITUTION\"]";
    private static final String COMMITTEE = "[\"DIALOGUE_COMMITTEE\"]";
    private static final String PANEL = "[\"PANEL_MEMBER\"]";
    private static final String GUIDE = "[\"PROCESS_GUIDE\"]";

    @Test
    void everyEndpointOfTheServiceStatesTheRolesItAlwaysHad() {
        Map<String, String> expected = new TreeMap<>();
        expected.put("POST /dialogues", "[\"ADMINISTRATOR\",\"INSTITUTION\"]");
        expected.put("POST /dialogues/{dialogueId}/committee", ADMINISTRATOR);
        for (String step : List.of("documents", "reaction", "recommendations/{recommendationId}/adoption",
                "recommendations/{recommendationId}/declination", "agenda/{agendaItemId}/progress",
                "agenda/{agendaItemId}/completion")) {
            expected.put("POST /dialogues/{dialogueId}/" + step, INSTITUTION);
        }
        for (String step : List.of("questionnaires", "sessions", "sessions/{sessionId}/record", "observations",
                "observations/{observationId}/corrections", "observations/{observationId}/retraction", "report-drafts",
                "final-report", "publication")) {
            expected.put("POST /dialogues/{dialogueId}/" + step, COMMITTEE);
        }
        expected.put("POST /panel-reviews", ADMINISTRATOR);
        expected.put("POST /panel-reviews/{panelReviewId}/panel", ADMINISTRATOR);
        expected.put("POST /panel-reviews/{panelReviewId}/self-evaluations", INSTITUTION);
        expected.put("POST /panel-reviews/{panelReviewId}/reaction", INSTITUTION);
        expected.put("POST /panel-reviews/{panelReviewId}/judgements", PANEL);
        expected.put("POST /panel-reviews/{panelReviewId}/report", PANEL);
        expected.put("POST /panel-reviews/{panelReviewId}/publication", PANEL);
        expected.put("POST /peer-reviews", ADMINISTRATOR);
        expected.put("POST /peer-reviews/{peerReviewId}/sessions", GUIDE);
        expected.put("POST /peer-reviews/{peerReviewId}/teams/{teamId}/report", GUIDE);
        expected.put("POST /peer-reviews/{peerReviewId}/completion", GUIDE);
        for (String read : List.of("/dialogues", "/dialogues/{dialogueId}", "/dialogues/{dialogueId}/trail",
                "/dialogues/{dialogueId}/stakeholders", "/development-agenda", "/panel-reviews",
                "/panel-reviews/{panelReviewId}", "/panel-reviews/{panelReviewId}/trail", "/peer-reviews",
                "/peer-reviews/{peerReviewId}", "/peer-reviews/{peerReviewId}/trail")) {
            expected.put("GET " + read, SIGNED_IN);
        }
        assertThat(OpenApiDocumentChecks.ownOperationRoles(api().get(null, "/v3/api-docs").body())).isEqualTo(expected);
    }
}
