package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.List;

/**
 * The ledger in {@code /actuator/health}: DOWN, with the breaks named, as soon as any read or the
 * background verification meets a break; UP with the last verification otherwise.
 */
public class LedgerHealthIndicator extends AbstractHealthIndicator {

    private static final int NAMED = 20;

    private final LedgerIntegrity integrity;

    public LedgerHealthIndicator(LedgerIntegrity integrity) {
        super("ledger health check failed");
        this.integrity = integrity;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (integrity.intact()) {
            builder.up();
        } else {
            List<String> breaks = integrity.knownBreaks().stream().limit(NAMED).map(LedgerBreak::describe).toList();
            builder.down().withDetail("breaks", breaks).withDetail("breaksKnown", integrity.knownBreaks().size());
        }
        integrity.lastVerification().ifPresent(last -> builder
                .withDetail("lastVerifiedAt", last.at().toString())
                .withDetail("lastVerificationIntact", last.result().intact())
                .withDetail("commitsChecked", last.result().commitsChecked()));
    }
}
