package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import nl.kwaliteitsnetwerk.ledger.testsupport.EndpointRoles;
import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiDocumentChecks;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roles each endpoint states, as the OpenAPI document shows them: the same decisions as the URL
 * table they replace. Commands the table did not name were refused to everyone; now every command
 * names its roles, so a new endpoint must appear here too.
 */
class EndpointRolesTest extends ServiceTestBase {

    @Test
    void everyEndpointOfTheServiceStatesTheRolesItAlwaysHad() {
        String dialogue = "POST /dialogues/{dialogueId}/";
        String panel = "POST /panel-reviews/{panelReviewId}/";
        String peer = "POST /peer-reviews/{peerReviewId}/";
        EndpointRoles expected = new EndpointRoles()
                .allow("POST /dialogues", ADMINISTRATOR, INSTITUTION)
                .allow(dialogue + "committee", ADMINISTRATOR)
                .allowEach(dialogue, List.of("documents", "reaction", "recommendations/{recommendationId}/adoption",
                        "recommendations/{recommendationId}/declination", "agenda/{agendaItemId}/progress",
                        "agenda/{agendaItemId}/completion"), INSTITUTION)
                .allowEach(dialogue, List.of("questionnaires", "sessions", "sessions/{sessionId}/record", "observations",
                        "observations/{observationId}/corrections", "observations/{observationId}/retraction",
                        "report-drafts", "final-report", "publication"), DIALOGUE_COMMITTEE)
                .allow("POST /panel-reviews", ADMINISTRATOR)
                .allow(panel + "panel", ADMINISTRATOR)
                .allowEach(panel, List.of("self-evaluations", "reaction"), INSTITUTION)
                .allowEach(panel, List.of("judgements", "report", "publication"), PANEL_MEMBER)
                .allow("POST /peer-reviews", ADMINISTRATOR)
                .allowEach(peer, List.of("sessions", "teams/{teamId}/report", "completion"), PROCESS_GUIDE)
                .readableBySignedIn("/dialogues", "/dialogues/{dialogueId}", "/dialogues/{dialogueId}/trail",
                        "/dialogues/{dialogueId}/stakeholders", "/development-agenda", "/panel-reviews",
                        "/panel-reviews/{panelReviewId}", "/panel-reviews/{panelReviewId}/trail", "/peer-reviews",
                        "/peer-reviews/{peerReviewId}", "/peer-reviews/{peerReviewId}/trail",
                        // the platform's, in every service: the institution register and the frameworks' translations
                        "/institutions", "/institutions/{code}", "/frameworks/translations");
        assertThat(OpenApiDocumentChecks.ownOperationRoles(api().get(null, "/v3/api-docs").body()))
                .isEqualTo(expected.table());
    }
}
