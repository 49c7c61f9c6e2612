package nl.kwaliteitsnetwerk.ledger.validation.ledger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.LedgerTamperingTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup;

import static org.assertj.core.api.Assertions.assertThat;

/** The validation service's store tampered with: the committee's commits, a change of membership, its trail. */
class ValidationLedgerTamperingTest extends LedgerTamperingTestBase {

    private int changes;

    @Override
    protected String aggregateWithHistory(ApiClient api) {
        ApiClient.Response composed = api.post("admin", "/committee", composition());
        assertThat(composed.status()).as(composed.raw()).isEqualTo(201);
        for (int i = 0; i < 4; i++) {
            ApiClient.Response changed = commandOn(api, composed.text("id"));
            assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        }
        return composed.text("id");
    }

    /** Each change lets the member who joined last leave again, for a new one. */
    @Override
    protected ApiClient.Response commandOn(ApiClient api, String committeeId) {
        ObjectNode change = ApiClient.json().put("leavingUserId", changes == 0 ? "vc-5" : "vc-new-" + changes)
                .put("effectiveOn", CommitteeSetup.today(clock).plusYears(1).plusDays(changes).toString())
                .put("reason", "Termijn verstreken");
        changes++;
        change.set("joining", council("vc-new-" + changes, "4" + changes + "XY"));
        return api.post("admin", "/committee/membership-changes", change);
    }

    @Override
    protected ApiClient.Response historyOf(ApiClient api, String committeeId) {
        return api.get("admin", "/committee/trail");
    }

    private ObjectNode composition() {
        ObjectNode body = ApiClient.json().put("chairUserId", "vc-chair")
                .put("effectiveFrom", CommitteeSetup.today(clock).toString());
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
