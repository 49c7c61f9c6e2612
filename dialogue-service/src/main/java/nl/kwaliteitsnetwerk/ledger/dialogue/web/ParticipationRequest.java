package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import jakarta.validation.constraints.Max;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.ParticipationMode;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.StakeholderCategory;

/**
 * How many people of one group took part in a session, as a request counts them. A count above zero,
 * each group once per mode, is a rule of the session; only the upper bound, which no session reaches, is checked here.
 */
public record ParticipationRequest(StakeholderCategory category,
                                   @Max(ParticipationRequest.MAX_PER_GROUP) int count,
                                   ParticipationMode mode) {

    /** How many people of one group take part in one session: no session reaches ten thousand. */
    public static final int MAX_PER_GROUP = 10_000;

    public Participation toParticipation() {
        return new Participation(category, count, mode);
    }
}
