package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.testsupport.ClockedAggregateRuleTest;
import org.axonframework.test.aggregate.ResultValidator;

import java.util.List;

/** What every audit rule test shares: a fixture on a hand-set clock. */
abstract class AuditRuleTest extends ClockedAggregateRuleTest<Audit> {

    AuditRuleTest() {
        super(AuditFixtures.clock(), AuditFixtures::fixture);
    }

    /**
     * Refused as if the audit did not exist, because the one acting may not see it: the very answer
     * (code and words) an unknown id gets, and nothing recorded.
     */
    protected ResultValidator<Audit> answeredAsUnknown(List<Object> history, Object command) {
        return fixture.given(history).when(command)
                .expectNoEvents()
                .expectException(violates(CommonErrors.NOT_FOUND))
                .expectExceptionMessage(RuleViolation.notFound(AuditFixtures.AUDIT).getMessage());
    }
}
