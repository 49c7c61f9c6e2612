package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Breaks are alarmed once each, and only a verification that started after a break can clear it. */
class LedgerIntegrityTest {

    private static final LedgerBreak ALTERED = new LedgerBreak(2L, "a", LedgerBreak.Kind.ALTERED, "changed");
    private static final LedgerBreak REMOVED = new LedgerBreak(5L, null, LedgerBreak.Kind.REMOVED, "missing");
    private static final LedgerVerifier.Verification INTACT =
            new LedgerVerifier.Verification(true, 9, 8L, null, List.of(), 0);

    @Test
    void aBreakMetTwiceIsCountedOnce() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        LedgerIntegrity integrity = new LedgerIntegrity(meters);
        integrity.report(ALTERED);
        integrity.report(ALTERED);
        assertThat(meters.get("qal.ledger.breaks").tag("kind", "altered").counter().count()).isEqualTo(1);
        assertThat(meters.get("qal.ledger.intact").gauge().value()).isZero();
        assertThat(integrity.intact()).isFalse();
    }

    @Test
    void anIntactVerificationClearsOnlyTheBreaksMetBeforeItStarted() {
        LedgerIntegrity integrity = new LedgerIntegrity();
        integrity.report(ALTERED);
        long mark = integrity.mark();
        integrity.report(REMOVED);
        integrity.verified(INTACT, Instant.EPOCH, mark);
        assertThat(integrity.knownBreaks()).containsExactly(REMOVED);
        assertThat(integrity.intact()).isFalse();

        integrity.verified(INTACT, Instant.EPOCH, integrity.mark());
        assertThat(integrity.intact()).isTrue();
    }
}
