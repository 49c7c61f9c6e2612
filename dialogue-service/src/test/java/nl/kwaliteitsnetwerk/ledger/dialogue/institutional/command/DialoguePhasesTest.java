package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.DialogueRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus.*;
import static nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command.DialogueFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The phase table ({@link DialoguePhases}) read as a test: it names every command of the sealed
 * {@link DialogueCommand}, and for every phase and every command the table does not allow in it, a dialogue in
 * that phase refuses the command by the phase rule and records nothing; where the table allows it, the phase
 * is not what refuses it. Commands are sent by the institution, who sees its dialogue in every phase, with
 * no content: the phase is decided before anything the command says.
 */
class DialoguePhasesTest extends DialogueRuleTest {

    /** A dialogue in each phase, from the named stages. */
    private static final Map<DialogueStatus, List<Object>> STAGES = new EnumMap<>(Map.of(
            OPENED, opened(),
            COMMITTEE_APPOINTED, committeeAppointed(),
            IN_DIALOGUE, observed(),
            REPORT_DRAFTED, drafted(),
            INSTITUTION_REACTED, reacted(),
            FINALISED, finalised(),
            PUBLISHED, published()));

    private static final List<Function<Actor, DialogueCommand>> EVERY_COMMAND = List.of(
            who -> new AppointDialogueCommittee(DIALOGUE, null, null, null, who, null),
            who -> new RecordQuestionnaire(DIALOGUE, null, null, 0, null, who, null),
            who -> new ShareDocument(DIALOGUE, null, null, null, who, null),
            who -> new PlanSession(DIALOGUE, null, null, null, who, null),
            who -> new HoldSession(DIALOGUE, null, null, null, who, null),
            who -> new RecordObservation(DIALOGUE, null, null, null, null, who, null),
            who -> new CorrectObservation(DIALOGUE, null, null, null, null, who, null),
            who -> new RetractObservation(DIALOGUE, null, null, who, null),
            who -> new DraftDialogueReport(DIALOGUE, null, null, who, null),
            who -> new ReactToDialogueReport(DIALOGUE, null, draftDigest(), who, null),
            who -> new FinaliseDialogueReport(DIALOGUE, ANSWER, draftDigest(), who, null),
            who -> new PublishDialogueReport(DIALOGUE, null, who, null),
            who -> new AdoptRecommendation(DIALOGUE, null, null, null, null, null, who, null),
            who -> new DeclineRecommendation(DIALOGUE, null, null, who, null),
            who -> new RecordAgendaProgress(DIALOGUE, null, null, who, null),
            who -> new CompleteAgendaItem(DIALOGUE, null, null, who, null));

    @Test
    void theTableNamesEveryCommandOfADialogue() {
        List<Class<?>> commands = leavesOf(DialogueCommand.class);
        assertThat(commands).as("the commands of the sealed DialogueCommand").hasSize(16);
        assertThat(commands).allSatisfy(type ->
                assertThat(DialoguePhases.allowing(type)).as("phases allowing " + type.getSimpleName()).isNotEmpty());
        assertThat(EVERY_COMMAND.stream().<Class<?>>map(command -> command.apply(ROC).getClass()).toList())
                .as("the commands this test sends").containsExactlyInAnyOrderElementsOf(commands);
        assertThat(STAGES.keySet()).as("a stage for every phase").containsExactlyInAnyOrder(DialogueStatus.values());
    }

    @TestFactory
    Stream<DynamicTest> everyPhaseRefusesWhatTheTableDoesNotAllowInItAndRecordsNothing() {
        return cells(false).map(cell -> DynamicTest.dynamicTest(cell.name(),
                () -> refused(STAGES.get(cell.status()), cell.command(), DialogueRule.WRONG_PHASE)
                        .expectExceptionMessage(containsString("while the dialogue is " + cell.status()))));
    }

    @TestFactory
    Stream<DynamicTest> whereTheTableAllowsACommandThePhaseIsNotWhatRefusesIt() {
        return cells(true).map(cell -> DynamicTest.dynamicTest(cell.name(),
                () -> fixture.given(STAGES.get(cell.status())).when(cell.command())
                        .expectNoEvents()
                        .expectException(not(violates(DialogueRule.WRONG_PHASE)))));
    }

    private record Cell(DialogueStatus status, DialogueCommand command) {

        String name() {
            return command.getClass().getSimpleName() + " in " + status;
        }
    }

    private static Stream<Cell> cells(boolean allowed) {
        List<Cell> cells = new ArrayList<>();
        for (DialogueStatus status : DialogueStatus.values()) {
            for (Function<Actor, DialogueCommand> command : EVERY_COMMAND) {
                DialogueCommand sent = command.apply(ROC);
                if (DialoguePhases.allowing(sent.getClass()).contains(status) == allowed) {
                    cells.add(new Cell(status, sent));
                }
            }
        }
        assertThat(cells).isNotEmpty();
        return cells.stream();
    }

    /** The records a sealed interface permits, through its sealed sub-interfaces. */
    private static List<Class<?>> leavesOf(Class<?> sealed) {
        List<Class<?>> leaves = new ArrayList<>();
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                leaves.addAll(leavesOf(permitted));
            } else {
                leaves.add(permitted);
            }
        }
        return leaves;
    }
}
