package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus;

/** The views of the dialogues of an institution in a status; null for any. */
public record FindDialogues(String institutionCode, DialogueStatus status) {

    public FindDialogues {
        institutionCode = InstitutionCode.normalise(institutionCode, "institution");
    }
}
