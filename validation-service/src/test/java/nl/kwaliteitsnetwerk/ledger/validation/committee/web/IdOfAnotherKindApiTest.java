package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.Refusals;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.web.CommitteeController.COMMITTEE;
import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.composeIfNeeded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service has one aggregate, the committee, and no address takes its id: a review is found inside it by
 * the review's own id. So the one id of another kind there is, the committee's, is no review: on every step
 * of a review (whatever If-Match it carries) and on its read it is answered exactly as a random id, even to
 * the committee's chair, who may see every review. Runs after the tests that compose the one committee.
 */
@Order(Integer.MAX_VALUE - 1)
class IdOfAnotherKindApiTest extends ServiceTestBase {

    @Test
    void theCommitteesIdIsNoReview() {
        ApiClient api = api();
        composeIfNeeded(api, clock);
        assertThat(api.get("vc-chair", "/committee").status()).isEqualTo(200);

        ObjectNode answer = ApiClient.json().put("reportId", "audit-1").put("questionId", "V1").put("answer", "YES")
                .put("reasoning", "Zo gezien");
        ObjectNode text = ApiClient.json().put("text", "Tekst");
        commandsAnsweredAsUnknown(api, "vc-2", "/validation-reviews/%s/answers", answer);
        commandsAnsweredAsUnknown(api, "vc-chair", "/validation-reviews/%s/conclusion", text);
        commandsAnsweredAsUnknown(api, "board", "/validation-reviews/%s/board-reaction", text);
        commandsAnsweredAsUnknown(api, "vc-chair", "/validation-reviews/%s/publication", text);
        String randomId = UUID.randomUUID().toString();
        Refusals.assertAnsweredAsUnknown(api.get("vc-chair", "/validation-reviews/" + COMMITTEE), COMMITTEE,
                api.get("vc-chair", "/validation-reviews/" + randomId), randomId);
    }

    /** Without If-Match, with the committee's first version and with one far ahead of it. */
    private static void commandsAnsweredAsUnknown(ApiClient api, String user, String template, ObjectNode body) {
        for (String ifMatch : Arrays.asList(null, "\"0\"", "\"999\"")) {
            String randomId = UUID.randomUUID().toString();
            Refusals.assertAnsweredAsUnknown(api.post(user, template.formatted(COMMITTEE), body, ifMatch), COMMITTEE,
                    api.post(user, template.formatted(randomId), body, ifMatch), randomId);
        }
    }
}
