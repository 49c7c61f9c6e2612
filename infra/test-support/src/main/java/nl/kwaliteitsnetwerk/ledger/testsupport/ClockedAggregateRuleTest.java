package nl.kwaliteitsnetwerk.ledger.testsupport;

import org.axonframework.test.aggregate.AggregateTestFixture;

import java.util.function.Function;

/**
 * A rule test whose aggregate reads the time from a clock the test sets by hand, for rules about
 * deadlines and dates: {@link #clock} is the very clock the fixture's aggregate was given.
 */
public abstract class ClockedAggregateRuleTest<A> extends AggregateRuleTest<A> {

    protected final MutableClock clock;

    protected ClockedAggregateRuleTest(MutableClock clock, Function<MutableClock, AggregateTestFixture<A>> fixtureOn) {
        super(fixtureOn.apply(clock));
        this.clock = clock;
    }
}
