package nl.kwaliteitsnetwerk.ledger.kernel;

import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The answer every access rule gives: how much of a record someone sees, and what that allows. */
class AccessTest {

    @Test
    void onlyNoneKeepsTheRecordUnknown() {
        assertThat(Access.NONE.visible()).isFalse();
        assertThat(List.of(Access.FULL.visible(), Access.SUMMARY.visible(), Access.PUBLIC.visible())).containsOnly(true);
    }

    @Test
    void fullAccessReadsEverything() {
        assertThatCode(() -> Access.FULL.requireFull("the trail of this audit")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = Access.class, names = "FULL", mode = EnumSource.Mode.EXCLUDE)
    void lessThanFullIsForbiddenToReadWhatOnlyFullAccessShows(Access access) {
        assertThatThrownBy(() -> access.requireFull("the trail of this audit"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.errorCode()).isEqualTo(CommonErrors.FORBIDDEN))
                .hasMessage("Your role does not allow reading the trail of this audit.");
    }

    @Test
    void eachAccessDisclosesItsOwnPartOfARecord() {
        assertThat(Access.FULL.disclose("r1", false, () -> "whole", () -> "summary", () -> "public")).isEqualTo("whole");
        assertThat(Access.SUMMARY.disclose("r1", false, () -> "whole", () -> "summary", () -> "public")).isEqualTo("summary");
        assertThat(Access.PUBLIC.disclose("r1", true, () -> "whole", () -> "summary", () -> "public")).isEqualTo("public");
    }

    @Test
    void aRecordNotPublishedHasNoPublicPartAndIsAnsweredAsUnknown() {
        assertThatThrownBy(() -> Access.PUBLIC.disclose("r1", false, () -> "whole", () -> "summary", () -> "public"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        unknown -> assertThat(unknown.errorCode()).isEqualTo(CommonErrors.NOT_FOUND))
                .hasMessage(RuleViolation.notFound("r1").getMessage());
    }
}
