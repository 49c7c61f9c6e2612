package nl.kwaliteitsnetwerk.ledger.validation.web;

import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiDocumentChecks;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call each of the service's own operations, as each handler states it once and the document tells
 * it ({@code x-roles}): the decisions of the URL table it replaced, every command not listed there having been
 * denied to all, and the committee's trail for the roles its handler used to let in; a review's own trail, since
 * reviews have streams of their own, for the same roles as the committee's.
 */
class ValidationRolesTest extends ServiceTestBase {

    private static final Map<String, String> ROLES = Map.ofEntries(
            entry("POST /committee", "[\"ADMINISTRATOR\"]"),
            entry("POST /committee/membership-changes", "[\"ADMINISTRATOR\"]"),
            entry("GET /committee", "[\"signed-in\"]"),
            entry("GET /committee/trail", "[\"VALIDATION_COMMITTEE\",\"NETWORK_BOARD\",\"ADMINISTRATOR\"]"),
            entry("POST /validation-reviews", "[\"VALIDATION_COMMITTEE\"]"),
            entry("POST /validation-reviews/{reviewId}/answers", "[\"VALIDATION_COMMITTEE\"]"),
            entry("POST /validation-reviews/{reviewId}/conclusion", "[\"VALIDATION_COMMITTEE\"]"),
            entry("POST /validation-reviews/{reviewId}/publication", "[\"VALIDATION_COMMITTEE\"]"),
            entry("POST /validation-reviews/{reviewId}/board-reaction", "[\"NETWORK_BOARD\"]"),
            entry("GET /validation-reviews", "[\"signed-in\"]"),
            entry("GET /validation-reviews/{reviewId}", "[\"signed-in\"]"),
            // new with reviews as aggregates of their own: a review's events are in its stream, not the committee's
            entry("GET /validation-reviews/{reviewId}/trail", "[\"VALIDATION_COMMITTEE\",\"NETWORK_BOARD\",\"ADMINISTRATOR\"]"),
            entry("GET /question-sets", "[\"signed-in\"]"),
            entry("GET /trail", "[\"signed-in\"]"),
            entry("GET /trail/institutions/{institutionCode}", "[\"signed-in\"]"),
            entry("GET /trail/reports", "[\"signed-in\"]"),
            entry("GET /trail/reports/{reportId}", "[\"signed-in\"]"),
            entry("GET /trail/reports/{reportId}/indicators", "[\"signed-in\"]"),
            entry("GET /trail/follow-ups", "[\"signed-in\"]"),
            entry("GET /trail/parked", "[\"VALIDATION_COMMITTEE\",\"ADMINISTRATOR\"]"),
            entry("POST /trail/replay-check", "[\"ADMINISTRATOR\"]"));

    @Test
    void everyOperationOfTheServiceStatesTheRolesItAlwaysHad() {
        assertThat(OpenApiDocumentChecks.ownOperationRoles(api().get(null, "/v3/api-docs").body()))
                .isEqualTo(new TreeMap<>(ROLES));
    }

    @Test
    void aCallerWithoutTheRoleIsRefusedBeforeTheBodyIsRead() {
        for (String[] refused : new String[][] {{"committee", "/committee"}, {"board", "/validation-reviews"},
                {"vc-chair", "/validation-reviews/x/board-reaction"}, {"inspector", "/trail/replay-check"}}) {
            var answer = api().postRaw(refused[0], refused[1], "{not even json");
            assertThat(answer.status()).as(refused[0] + " " + refused[1]).isEqualTo(403);
            assertThat(answer.text("code")).isEqualTo("forbidden");
        }
        assertThat(api().get("roc", "/trail/parked").status()).isEqualTo(403);
        assertThat(api().get("inspector", "/committee/trail").status()).isEqualTo(403);
    }
}
