package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;

/**
 * A member of an audit team: the user id they sign in with, their name, and the organisation they
 * work for. {@code affiliationInstitutionCode} is the institution code when that organisation is an
 * mbo institution, so that independence can be checked; null otherwise.
 */
public record TeamMember(String userId, String name, String affiliation, String affiliationInstitutionCode) {

    public TeamMember {
        affiliationInstitutionCode = InstitutionCode.normalise(affiliationInstitutionCode, "affiliationInstitutionCode");
    }

    public boolean isAffiliatedWith(String institutionCode) {
        return affiliationInstitutionCode != null && affiliationInstitutionCode.equalsIgnoreCase(institutionCode);
    }
}
