package nl.kwaliteitsnetwerk.ledger.dialogue.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import com.fasterxml.jackson.annotation.JsonProperty;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.StakeholderCategory;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;

/**
 * A person who takes part in judging an institution: on a dialogue committee or a review panel.
 * {@code affiliationInstitutionCode} is the institution they work for as the request gave it, if any;
 * {@code represents} is the stakeholder group a stakeholder member speaks for (a student, an employer, a regional
 * partner). {@code resolvedInstitutionCode} is the institution the register found their affiliation to name, by code
 * or by name alone ("Business Marketing Services B.V." is 29WT), when they were appointed; it is absent for members
 * appointed before the register (read by their code as given) and for those who work for no registered institution.
 */
public record Assessor(String userId, String name, String affiliation, String affiliationInstitutionCode,
                       AssessorType type, StakeholderCategory represents,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String resolvedInstitutionCode) {

    public Assessor {
        affiliationInstitutionCode = InstitutionCode.normalise(affiliationInstitutionCode, "affiliationInstitutionCode");
        resolvedInstitutionCode = InstitutionCode.normalise(resolvedInstitutionCode, "resolvedInstitutionCode");
    }

    /** A person as a request names them, not yet resolved by the register. */
    public Assessor(String userId, String name, String affiliation, String affiliationInstitutionCode,
                    AssessorType type, StakeholderCategory represents) {
        this(userId, name, affiliation, affiliationInstitutionCode, type, represents, null);
    }

    /**
     * This person with the institution their affiliation names, as {@code register} resolves it. An affiliation whose
     * code and name name two registered institutions is refused there (AFFILIATION_CONFLICT).
     */
    public Assessor resolvedBy(InstitutionRegister register) {
        return new Assessor(userId, name, affiliation, affiliationInstitutionCode, type, represents,
                register.resolve(affiliation, affiliationInstitutionCode).institutionCode());
    }

    /** The institution they work for: as resolved when appointed, else (appointed before the register) as given. */
    public String employerCode() {
        return resolvedInstitutionCode != null ? resolvedInstitutionCode : affiliationInstitutionCode;
    }

    public boolean isAffiliatedWith(String institutionCode) {
        String employer = employerCode();
        return employer != null && employer.equalsIgnoreCase(institutionCode);
    }

    /**
     * Peers from other institutions, independent experts and stakeholders; not the network's own people.
     * Written out with the member so every reader sees it, and ignored when read back, as it follows from the type.
     */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public boolean isExternal() {
        return type != null && type != AssessorType.NETWORK;
    }
}
