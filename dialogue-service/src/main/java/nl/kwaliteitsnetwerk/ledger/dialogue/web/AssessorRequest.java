package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.AssessorType;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.StakeholderCategory;
import nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits;
import nl.kwaliteitsnetwerk.ledger.platform.validation.SingleLine;

/**
 * A member of a committee or panel, or a process guide, as a request names them: single-line texts of
 * bounded length. Whether they are complete and independent is a rule of the dialogue or review.
 */
public record AssessorRequest(@SingleLine @Size(max = FieldLimits.CODE) String userId,
                              @SingleLine @Size(max = FieldLimits.NAME) String name,
                              @SingleLine @Size(max = FieldLimits.NAME) String affiliation,
                              @SingleLine @Size(max = FieldLimits.CODE) String affiliationInstitutionCode,
                              AssessorType type, StakeholderCategory represents) {

    public Assessor toAssessor() {
        return new Assessor(userId, name, affiliation, affiliationInstitutionCode, type, represents);
    }
}
