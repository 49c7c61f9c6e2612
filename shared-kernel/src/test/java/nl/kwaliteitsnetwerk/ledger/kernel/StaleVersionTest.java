package nl.kwaliteitsnetwerk.ledger.kernel;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A command acts on the version its sender saw, or on whatever there is when it names none. */
class StaleVersionTest {

    @Property
    void theVersionTheSenderSawIsAccepted(@ForAll @LongRange(min = 0, max = 1_000_000) long current) {
        assertThatCode(() -> StaleVersion.require(current, current)).doesNotThrowAnyException();
    }

    @Test
    void noVersionMeansWhateverItIsNow() {
        assertThatCode(() -> StaleVersion.require(null, 7)).doesNotThrowAnyException();
    }

    @Property
    void anEarlierOrALaterVersionIsStaleAndSaysBoth(@ForAll @LongRange(min = 0, max = 1_000_000) long expected,
                                                    @ForAll @LongRange(min = 0, max = 1_000_000) long current) {
        Assume.that(expected != current);
        assertThatThrownBy(() -> StaleVersion.require(expected, current))
                .isInstanceOfSatisfying(RuleViolation.class,
                        stale -> assertThat(stale.errorCode()).isEqualTo(CommonErrors.STALE_VERSION))
                .hasMessage("The resource changed since the version you sent (expected " + expected + ", now " + current
                        + "). Read it again and retry.");
    }
}
