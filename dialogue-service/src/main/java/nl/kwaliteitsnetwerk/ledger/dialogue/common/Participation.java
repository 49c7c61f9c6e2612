package nl.kwaliteitsnetwerk.ledger.dialogue.common;

import nl.kwaliteitsnetwerk.ledger.kernel.framework.StakeholderCategory;

/** How many people of one stakeholder group took part in a session, and how: counts, never names. */
public record Participation(StakeholderCategory category, int count, ParticipationMode mode) {
}
