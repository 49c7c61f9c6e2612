package nl.kwaliteitsnetwerk.ledger.testsupport;

import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCode;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.List;

/**
 * What every rule test of an aggregate shares: given a history, a command is either refused by a
 * named rule and records nothing, or accepted, records exactly the expected events and answers the
 * aggregate's new version.
 */
public abstract class AggregateRuleTest<A> {

    protected final AggregateTestFixture<A> fixture;

    protected AggregateRuleTest(AggregateTestFixture<A> fixture) {
        this.fixture = fixture;
    }

    protected ResultValidator<A> refused(List<Object> history, Object command, ErrorCode rule) {
        return fixture.given(history).when(command).expectNoEvents().expectException(violates(rule));
    }

    protected ResultValidator<A> accepted(List<Object> history, Object command, Object... events) {
        return fixture.given(history).when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(events)
                .expectResultMessagePayload((long) history.size() + events.length - 1);
    }

    public static Matcher<RuleViolation> violates(ErrorCode rule) {
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
