package nl.kwaliteitsnetwerk.ledger.platform;

import org.assertj.core.api.AbstractThrowableAssert;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's start refused by one of the platform's checks, which says what is wrong. */
public final class StartRefusal {

    private StartRefusal() {
    }

    /** The context of {@code runner} does not start, and the failure's message names each of {@code named}. */
    public static void assertStartRefused(AbstractApplicationContextRunner<?, ?, ?> runner, String... named) {
        runner.run(started -> {
            AbstractThrowableAssert<?, ? extends Throwable> failure =
                    assertThat(started.getStartupFailure()).as("the start is refused").isNotNull();
            for (String text : named) {
                failure.hasMessageContaining(text);
            }
        });
    }
}
