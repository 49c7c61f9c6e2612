package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.PageSession;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dialogue service's pages show each reader what the API shows them, and nothing of what it would not. */
class DialoguePagesTest extends ServiceTestBase {

    @Test
    void theInstitutionSeesItsDialogueAndItsTrailInDutchOrEnglish() {
        DialogueJourney dialogue = DialogueJourney.open(api());
        PageSession roc = PageSession.signedIn(port, "roc");

        PageSession.Response list = roc.get("/ui");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains("Instellingsdialogen", "/ui/dialogues/" + dialogue.dialogueId);

        PageSession.Response page = roc.get("/ui/dialogues/" + dialogue.dialogueId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Verloop", "studenten structureel", "class=\"timeline\"");
        assertThat(roc.get("/ui/dialogues/" + dialogue.dialogueId + "?lang=en").html()).contains("Trail", "Institutional dialogue");
    }

    @Test
    void anotherInstitutionGetsTheNotFoundOfAnUnknownRecordAsAPage() {
        DialogueJourney dialogue = DialogueJourney.open(api());
        PageSession other = PageSession.signedIn(port, "other-roc");

        assertThat(other.get("/ui").html()).doesNotContain(dialogue.dialogueId);
        PageSession.Response page = other.get("/ui/dialogues/" + dialogue.dialogueId);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.html()).contains("not-found").doesNotContain("studenten structureel");
        assertThat(other.get("/ui/dialogues/unknown-id").status()).isEqualTo(404);
    }

    @Test
    void thePagesOfPeerAndPanelReviewsAnswerAndTheStartPageAsksForASignIn() {
        PageSession council = PageSession.signedIn(port, "council");
        assertThat(council.get("/ui/peer-reviews").status()).isEqualTo(200);
        assertThat(council.get("/ui/panel-reviews").status()).isEqualTo(200);
        PageSession.Response anonymous = new PageSession(port).get("/ui");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
    }
}
