package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;

/** A member of the validation committee: from the council of member institutions (with the institution), or the external member. */
public record CommitteeMember(String userId,
        String name,
        String affiliation,
        String memberInstitutionCode,
        Seat seat) {

    public CommitteeMember {
        memberInstitutionCode = InstitutionCode.normalise(memberInstitutionCode, "memberInstitutionCode");
    }
}
