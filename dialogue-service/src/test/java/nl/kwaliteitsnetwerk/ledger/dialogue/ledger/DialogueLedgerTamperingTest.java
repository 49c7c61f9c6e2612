package nl.kwaliteitsnetwerk.ledger.dialogue.ledger;

import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.LedgerTamperingTestBase;

/** The dialogue service's store tampered with: a dialogue's commits, a document shared on it, its trail. */
class DialogueLedgerTamperingTest extends LedgerTamperingTestBase {

    @Override
    protected String aggregateWithHistory(ApiClient api) {
        return DialogueJourney.open(api).committeeAppointed().prepared().sessionHeld().dialogueId;
    }

    @Override
    protected ApiClient.Response commandOn(ApiClient api, String dialogueId) {
        return api.post("roc", "/dialogues/" + dialogueId + "/documents",
                ApiClient.json().put("title", "Ontwikkelagenda").put("reference", "sharepoint://agenda"));
    }

    @Override
    protected ApiClient.Response historyOf(ApiClient api, String dialogueId) {
        return api.get("chair", "/dialogues/" + dialogueId + "/trail");
    }
}
