package nl.kwaliteitsnetwerk.ledger.dialogue.common;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import com.fasterxml.jackson.annotation.JsonProperty;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.StakeholderCategory;

/**
 * A person who takes part in judging an institution: on a dialogue committee or a review panel.
 * {@code affiliationInstitutionCode} is the institution they work for, if any; {@code represents} is
 * the stakeholder group a stakeholder member speaks for (a student, an employer, a regional partner).
 */
public record Assessor(String userId, String name, String affiliation, String affiliationInstitutionCode,
                       AssessorType type, StakeholderCategory represents) {

    public Assessor {
        affiliationInstitutionCode = InstitutionCode.normalise(affiliationInstitutionCode, "affiliationInstitutionCode");
    }

    public boolean isAffiliatedWith(String institutionCode) {
        return affiliationInstitutionCode != null && affiliationInstitutionCode.equalsIgnoreCase(institutionCode);
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
