package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;

/**
 * A member of an audit team: the user id they sign in with, their name, and the organisation they work for.
 * {@code affiliationInstitutionCode} is the institution code as given, when that organisation is an mbo institution;
 * null otherwise. {@code resolvedInstitutionCode} is the institution the institution register finds them to work
 * for ({@code InstitutionRegister.resolve}: by the code, or else by the organisation's name), which the audit
 * records when it assigns the team, so that independence is judged, and can be re-read, on who they work for and
 * not on whether somebody typed the code. A team assigned before the register was consulted has none (null).
 */
public record TeamMember(String userId, String name, String affiliation, String affiliationInstitutionCode,
                         String resolvedInstitutionCode) {

    public TeamMember {
        affiliationInstitutionCode = InstitutionCode.normalise(affiliationInstitutionCode, "affiliationInstitutionCode");
        resolvedInstitutionCode = InstitutionCode.normalise(resolvedInstitutionCode, "resolvedInstitutionCode");
    }

    /** A member as stated, before the register resolved their affiliation. */
    public TeamMember(String userId, String name, String affiliation, String affiliationInstitutionCode) {
        this(userId, name, affiliation, affiliationInstitutionCode, null);
    }

    /** The same member, with the institution the register resolved their affiliation to (null: none registered). */
    public TeamMember resolvedTo(String institutionCode) {
        return new TeamMember(userId, name, affiliation, affiliationInstitutionCode, institutionCode);
    }

    /**
     * Whether they work for {@code institutionCode}: by the resolved institution once the register resolved it, by the
     * code as given for a team assigned before that.
     */
    public boolean isAffiliatedWith(String institutionCode) {
        String worksFor = resolvedInstitutionCode != null ? resolvedInstitutionCode : affiliationInstitutionCode;
        return worksFor != null && worksFor.equalsIgnoreCase(institutionCode);
    }
}
