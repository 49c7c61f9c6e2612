package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCode;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.testsupport.ClockedAggregateRuleTest;

import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** What every institutional-dialogue rule test shares: a fixture on a hand-set clock. */
abstract class DialogueRuleTest extends ClockedAggregateRuleTest<InstitutionalDialogue> {

    DialogueRuleTest() {
        super(DialogueFixtures.clock(), DialogueFixtures::fixture);
    }

    /** Refused as the dialogue's readers would be: as if no dialogue had this id, and nothing recorded. */
    protected void hidden(List<Object> history, Object command) {
        refused(history, command, CommonErrors.NOT_FOUND)
                .expectExceptionMessage(RuleViolation.notFound(DialogueFixtures.DIALOGUE).getMessage());
    }

    /** Refused by {@code rule}, with a detail that names neither the institution nor anyone on the committee. */
    protected void refusedNamingNobody(List<Object> history, Object command, ErrorCode rule) {
        refused(history, command, rule).expectExceptionMessage(allOf(not(containsString("ROC Voorbeeld")),
                not(containsString("29WT")), not(containsString("Carla")), not(containsString("Kees")),
                not(containsString("Pien"))));
    }
}
