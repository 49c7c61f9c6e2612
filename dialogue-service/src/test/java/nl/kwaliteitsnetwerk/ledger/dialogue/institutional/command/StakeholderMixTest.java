package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.ParticipationMode;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.StakeholderMix;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.StakeholderMix.Presence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command.DialogueFixtures.*;
import static nl.kwaliteitsnetwerk.ledger.kernel.framework.StakeholderCategory.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Rule 8: the stakeholder mix tells who judged with the committee and who was only heard. */
class StakeholderMixTest {

    @Test
    void studentsWhoJudgedAreToldApartFromEmployersWhoWereOnlyHeard() {
        StakeholderMix mix = StakeholderMix.of(List.of(SESSION_PARTICIPANTS,
                        List.of(new Participation(STUDENTS, 3, ParticipationMode.CONSULTED),
                                new Participation(EMPLOYERS, 1, ParticipationMode.CONSULTED))),
                List.of(CHAIR_MEMBER, SECRETARY_MEMBER, PEER_MEMBER, STUDENT_MEMBER));

        assertThat(mix.groups()).containsExactly(
                new Presence(TEACHERS, 1, 6, 0, 0),
                new Presence(STUDENTS, 2, 3, 4, 1),
                new Presence(EMPLOYERS, 2, 3, 0, 0),
                new Presence(PEERS, 0, 0, 0, 1));
        assertThat(mix.tookPartInAssessment(STUDENTS)).isTrue();
        assertThat(mix.tookPartInAssessment(PEERS)).as("a peer on the committee judges").isTrue();
        assertThat(mix.tookPartInAssessment(EMPLOYERS)).as("only consulted").isFalse();
        assertThat(mix.tookPartInAssessment(ALUMNI)).as("absent").isFalse();
    }

    @Test
    void aGroupCountedInTwoModesInOneSessionWasThereOnceWithBothCounts() {
        StakeholderMix mix = StakeholderMix.of(List.of(List.of(
                        new Participation(STUDENTS, 4, ParticipationMode.ASSESSING),
                        new Participation(STUDENTS, 12, ParticipationMode.CONSULTED)),
                        List.of(new Participation(STUDENTS, 2, ParticipationMode.CONSULTED))),
                List.of(CHAIR_MEMBER));

        assertThat(mix.groups()).containsExactly(new Presence(STUDENTS, 2, 14, 4, 0));
        assertThat(mix.tookPartInAssessment(STUDENTS)).isTrue();
    }

    @Test
    void aDialogueWithoutSessionsOrRepresentativesHasAnEmptyMix() {
        assertThat(StakeholderMix.of(List.of(), List.of(CHAIR_MEMBER)).groups()).isEmpty();
    }
}
