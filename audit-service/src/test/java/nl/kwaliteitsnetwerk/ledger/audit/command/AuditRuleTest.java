package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.stack.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.AggregateRuleTest;

/** What every audit rule test shares: a fixture on a hand-set clock. */
abstract class AuditRuleTest extends AggregateRuleTest<Audit> {

    protected final MutableClock clock;

    AuditRuleTest() {
        this(AuditFixtures.clock());
    }

    private AuditRuleTest(MutableClock clock) {
        super(AuditFixtures.fixture(clock));
        this.clock = clock;
    }
}
