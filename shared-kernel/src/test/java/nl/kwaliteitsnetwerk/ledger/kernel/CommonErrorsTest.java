package nl.kwaliteitsnetwerk.ledger.kernel;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Clients react on the codes: they are pinned here, whatever the constants that carry them become. */
class CommonErrorsTest {

    @Test
    void theCommonCodesStayAsClientsKnowThem() {
        assertThat(Arrays.stream(CommonErrors.values()).map(CommonErrors::code)).containsExactly(
                "invalid-request", "forbidden", "not-found", "stale-version", "concurrent-modification",
                "already-exists", "invalid-text", "text-too-long", "ledger-integrity");
        assertThat(CommonErrors.STALE_VERSION.problemType()).isEqualTo("urn:quality-audit-ledger:problem:stale-version");
    }

    @Test
    void aConstantNamedAfterItsBreachGivesItsNameInKebabCase() {
        assertThat(ErrorCode.nameAsCode(Thread.State.TIMED_WAITING)).isEqualTo("timed-waiting");
    }
}
