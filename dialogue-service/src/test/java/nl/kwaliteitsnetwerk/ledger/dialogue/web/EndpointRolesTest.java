package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
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

    private static final List<String> SIGNED_IN = List.of("signed-in");
    private static final List<String> ADMINISTRATOR = List.of("ADMINISTRATOR");
    private static final List<String> INSTITUTION = List.of("INSTITUTION");
    private static final List<String> COMMITTEE = List.of("DIALOGUE_COMMITTEE");
    private static final List<String> PANEL = List.of("PANEL_MEMBER");
    private static final List<String> GUIDE = List.of("PROCESS_GUIDE");

    @Test
    void everyEndpointOfTheServiceStatesTheRolesItAlwaysHad() {
        Map<String, List<String>> expected = new TreeMap<>();
        expected.put("POST /dialogues", List.of("ADMINISTRATOR", "INSTITUTION"));
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
        assertThat(statedRoles()).isEqualTo(expected);
    }

    /** The roles of the operations on the service's own records, from the document the service serves. */
    private Map<String, List<String>> statedRoles() {
        JsonNode document = api().get(null, "/v3/api-docs").body();
        Map<String, List<String>> stated = new TreeMap<>();
        document.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().matches("/(dialogues|panel-reviews|peer-reviews|development-agenda).*")) {
                path.getValue().fields().forEachRemaining(operation -> stated.put(
                        operation.getKey().toUpperCase() + " " + path.getKey(), textsOf(operation.getValue().path("x-roles"))));
            }
        });
        return stated;
    }

    private static List<String> textsOf(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
