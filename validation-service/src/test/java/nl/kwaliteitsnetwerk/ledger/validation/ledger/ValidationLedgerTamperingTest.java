package nl.kwaliteitsnetwerk.ledger.validation.ledger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.LedgerTamperingTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** The validation service's store tampered with: the committee's commits, a change of membership, its trail. */
class ValidationLedgerTamperingTest extends LedgerTamperingTestBase {

    private int changes;

    @Override
    protected String aggregateWithHistory(ApiClient api) {
        ApiClient.Response composed = api.post("admin", "/committee", composition());
        assertThat(composed.status()).as(composed.raw()).isEqualTo(201);
        for (int i = 0; i < 4; i++) {
            ApiClient.Response changed = commandOn(api, composed.text("committeeId"));
            assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        }
        return composed.text("committeeId");
    }

    /** Each change lets the member who joined last leave again, for a new one. */
    @Override
    protected ApiClient.Response commandOn(ApiClient api, String committeeId) {
        ObjectNode change = ApiClient.json().put("leavingUserId", changes == 0 ? "vc-5" : "vc-new-" + changes)
                .put("effectiveOn", "2030-01-0" + (changes % 9 + 1)).put("reason", "Termijn verstreken");
        changes++;
        change.set("joining", council("vc-new-" + changes, "4" + changes + "XY"));
        return api.post("admin", "/committee/membership-changes", change);
    }

    @Override
    protected ApiClient.Response historyOf(ApiClient api, String committeeId) {
        return api.get("admin", "/committee/trail");
    }

    private static ObjectNode composition() {
        ObjectNode body = ApiClient.json().put("chairUserId", "vc-chair").put("effectiveFrom", "2027-01-01");
        ArrayNode members = body.putArray("members");
        members.addObject().put("userId", "vc-chair").put("name", "Eva Extern").put("affiliation", "Universiteit")
                .put("seat", "EXTERNAL");
        for (int i = 1; i <= 5; i++) {
            members.add(council("vc-" + i, "3" + i + "XY"));
        }
        return body;
    }

    private static ObjectNode council(String userId, String institution) {
        return ApiClient.json().put("userId", userId).put("name", "Lid " + userId).put("affiliation", "ROC " + institution)
                .put("memberInstitutionCode", institution).put("seat", "COUNCIL");
    }
}
