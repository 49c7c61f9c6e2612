package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;

/** A team in a peer review: a programme team or an institution, with its own research question. */
public record PeerTeam(String teamId,
        String name,
        TeamLevel level,
        InstitutionRef institution,
        String researchQuestion) {
}
