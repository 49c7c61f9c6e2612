package nl.kwaliteitsnetwerk.ledger.validation.web;

import nl.kwaliteitsnetwerk.ledger.testsupport.EndpointRoles;
import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiDocumentChecks;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call each of the service's own operations, as each handler states it once and the document tells
 * it ({@code x-roles}): the decisions of the URL table it replaced, every command not listed there having been
 * denied to all, and the committee's trail for the roles its handler used to let in; a review's own trail, since
 * reviews have streams of their own, for the same roles as the committee's.
 */
class ValidationRolesTest extends ServiceTestBase {

    @Test
    void everyOperationOfTheServiceStatesTheRolesItAlwaysHad() {
        EndpointRoles expected = new EndpointRoles()
                .allow("POST /committee", ADMINISTRATOR)
                .allow("POST /committee/membership-changes", ADMINISTRATOR)
                .allow("GET /committee/trail", VALIDATION_COMMITTEE, NETWORK_BOARD, ADMINISTRATOR)
                .allow("POST /validation-reviews", VALIDATION_COMMITTEE)
                .allowEach("POST /validation-reviews/{reviewId}/", List.of("answers", "conclusion", "publication"),
                        VALIDATION_COMMITTEE)
                .allow("POST /validation-reviews/{reviewId}/board-reaction", NETWORK_BOARD)
                // new with reviews as aggregates of their own: a review's events are in its stream, not the committee's
                .allow("GET /validation-reviews/{reviewId}/trail", VALIDATION_COMMITTEE, NETWORK_BOARD, ADMINISTRATOR)
                .allow("GET /trail/parked", VALIDATION_COMMITTEE, ADMINISTRATOR)
                // new: the changes of membership a review could not take, parked by the follower
                .allow("GET /committee/membership-changes/parked", VALIDATION_COMMITTEE, ADMINISTRATOR)
                .allow("POST /trail/replay-check", ADMINISTRATOR)
                // new with the supervision calendar (issue 16): a term and a signal are the inspectorate's to record
                .allowEach("POST /institutions/{institutionCode}/calendar/", List.of("term", "signals"), INSPECTORATE)
                .allow("GET /supervision/parked", INSPECTORATE, ADMINISTRATOR)
                .readableBySignedIn("/committee", "/validation-reviews", "/validation-reviews/{reviewId}", "/question-sets",
                        "/trail", "/trail/institutions/{institutionCode}", "/trail/reports", "/trail/reports/{reportId}",
                        "/trail/reports/{reportId}/indicators", "/trail/follow-ups",
                        // new in issue 16: the platform's institution register and framework translations, the calendar
                        "/institutions", "/institutions/{code}", "/frameworks/translations",
                        "/institutions/{institutionCode}/calendar");
        assertThat(OpenApiDocumentChecks.ownOperationRoles(api().get(null, "/v3/api-docs").body()))
                .isEqualTo(expected.table());
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
