package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.ParticipationMode;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.StakeholderCategory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Who took part in a dialogue, per stakeholder group: in how many sessions, how many people were
 * consulted, how many judged with the committee, and how many committee members represent the group.
 * Only groups that took part at all are listed, in the order of {@link StakeholderCategory}.
 */
public record StakeholderMix(List<Presence> groups) {

    public StakeholderMix {
        groups = List.copyOf(groups);
    }

    public static StakeholderMix of(Collection<List<Participation>> sessions, Collection<Assessor> committee) {
        List<Presence> groups = new ArrayList<>();
        for (StakeholderCategory category : StakeholderCategory.values()) {
            int sessionCount = 0;
            int consulted = 0;
            int assessing = 0;
            for (List<Participation> session : sessions) {
                boolean present = false;
                for (Participation p : session) {
                    if (p.category() == category) {
                        present = true;
                        if (p.mode() == ParticipationMode.ASSESSING) {
                            assessing += p.count();
                        } else {
                            consulted += p.count();
                        }
                    }
                }
                // a group counted once per mode in one session was in that session once
                sessionCount += present ? 1 : 0;
            }
            int members = (int) committee.stream().filter(a -> a.represents() == category).count();
            if (sessionCount > 0 || members > 0) {
                groups.add(new Presence(category, sessionCount, consulted, assessing, members));
            }
        }
        return new StakeholderMix(groups);
    }

    /** Whether people of {@code category} judged with the committee, not only were heard. */
    public boolean tookPartInAssessment(StakeholderCategory category) {
        return groups.stream().anyMatch(g -> g.category() == category && (g.assessing() > 0 || g.committeeMembers() > 0));
    }

    public record Presence(StakeholderCategory category, int sessions, int consulted, int assessing,
                           int committeeMembers) {
    }
}
