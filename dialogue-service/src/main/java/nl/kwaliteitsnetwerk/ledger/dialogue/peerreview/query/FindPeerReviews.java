package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;

/** The peer reviews a team of an institution took part in; null for all. */
public record FindPeerReviews(String institutionCode) {

    public FindPeerReviews {
        institutionCode = InstitutionCode.normalise(institutionCode, "institution");
    }
}
