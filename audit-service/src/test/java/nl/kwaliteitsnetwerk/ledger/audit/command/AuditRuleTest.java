package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.stack.MutableClock;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.List;

/** What every audit rule test shares: a fixture on a hand-set clock, and "refused by rule X, nothing recorded". */
abstract class AuditRuleTest {

    protected final MutableClock clock = AuditFixtures.clock();
    protected final AggregateTestFixture<Audit> fixture = AuditFixtures.fixture(clock);

    protected ResultValidator<Audit> refused(List<Object> history, Object command, AuditRule rule) {
        return fixture.given(history).when(command).expectNoEvents().expectException(violates(rule));
    }

    protected ResultValidator<Audit> accepted(List<Object> history, Object command, Object... events) {
        return fixture.given(history).when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(events)
                .expectResultMessagePayload((long) history.size() + events.length - 1);
    }

    static Matcher<RuleViolation> violates(AuditRule rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.errorCode() == rule;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a violation of " + rule);
            }
        };
    }
}
