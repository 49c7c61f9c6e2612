package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.stack.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.AggregateRuleTest;

/** What every institutional-dialogue rule test shares: a fixture on a hand-set clock. */
abstract class DialogueRuleTest extends AggregateRuleTest<InstitutionalDialogue> {

    protected final MutableClock clock;

    DialogueRuleTest() {
        this(DialogueFixtures.clock());
    }

    private DialogueRuleTest(MutableClock clock) {
        super(DialogueFixtures.fixture(clock));
        this.clock = clock;
    }
}
