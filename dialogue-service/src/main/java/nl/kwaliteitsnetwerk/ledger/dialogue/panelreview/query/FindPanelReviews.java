package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;

/** The panel reviews of an institution; null for all. */
public record FindPanelReviews(String institutionCode) {

    public FindPanelReviews {
        institutionCode = InstitutionCode.normalise(institutionCode, "institution");
    }
}
