package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import nl.kwaliteitsnetwerk.ledger.platform.security.AggregateVisibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;

/**
 * The ledger around every service's event store: its signing key, its signed digests (on demand and
 * every {@code qal.ledger.digest-interval}), and the ledger API.
 */
@AutoConfiguration
public class LedgerAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LedgerAutoConfiguration.class);

    /**
     * The service's signing key: from its PKCS#12 keystore ({@code qal.ledger.keystore}), one per service
     * and shared by its replicas, mounted read-only. Only the {@code local} profile (the embedded default
     * and the tests) may instead keep a key of its own in {@code qal.ledger.key-dir}: elsewhere that would
     * give every replica, and every restart on a fresh disk, a key nobody else knows, so the start is refused.
     */
    @Bean
    @ConditionalOnMissingBean
    public KeyPair ledgerKeys(@Value("${qal.ledger.keystore:}") String keystore,
                              @Value("${qal.ledger.keystore-password:}") String password,
                              @Value("${qal.ledger.key-alias:ledger}") String alias,
                              @Value("${qal.ledger.key-dir:./data/keys}") String keyDirectory,
                              @Value("${spring.application.name:service}") String application,
                              Environment environment) {
        if (!keystore.isBlank()) {
            return LedgerKeys.fromKeystore(Path.of(keystore), password.toCharArray(), alias);
        }
        if (!environment.acceptsProfiles(Profiles.of("local"))) {
            throw new InvalidConfigurationPropertyValueException("qal.ledger.keystore", keystore,
                    "The signing key must come from the service's PKCS#12 keystore outside the 'local' profile. "
                            + "Mount it read-only and set qal.ledger.keystore (its path), qal.ledger.keystore-password "
                            + "and qal.ledger.key-alias (default 'ledger'); every replica of " + application
                            + " uses the same keystore.");
        }
        return LedgerKeys.inDirectory(Path.of(keyDirectory), application + "-ledger");
    }

    @Bean
    public LedgerDigests ledgerDigests(MongoDatabaseFactory databases, KeyPair ledgerKeys, Clock clock,
                                       LedgerIntegrity ledgerIntegrity) {
        return new LedgerDigests(databases.getMongoDatabase(), ledgerKeys, clock, ledgerIntegrity);
    }

    /** The whole ledger verified at start and every {@code qal.ledger.verification-interval} (default 15 minutes). */
    @Bean
    public RecurringTask ledgerVerificationSchedule(MongoDatabaseFactory databases, KeyPair ledgerKeys,
                                                    LedgerIntegrity ledgerIntegrity, Clock clock,
                                                    @Value("${qal.ledger.verification-interval:PT15M}") Duration interval) {
        return new RecurringTask("ledger-verification", Duration.ZERO, interval, () -> {
            long mark = ledgerIntegrity.mark();
            LedgerVerifier verifier = new LedgerVerifier(databases.getMongoDatabase(), ledgerKeys.getPublic());
            LedgerVerifier.Verification result = verifier.verify();
            ledgerIntegrity.verified(result, clock.instant(), mark);
            if (result.intact()) {
                verifier.recordMissingHeads();
            }
            log.info("ledger verified: {} commits, {}", result.commitsChecked(),
                    result.intact() ? "intact" : (result.breaks().size() + result.breaksNotListed()) + " break(s)");
        });
    }

    @Bean
    public LedgerHealthIndicator ledgerHealthIndicator(LedgerIntegrity ledgerIntegrity) {
        return new LedgerHealthIndicator(ledgerIntegrity);
    }

    @Bean
    public RecurringTask ledgerDigestSchedule(LedgerDigests digests,
                                              @Value("${qal.ledger.digest-interval:PT5M}") Duration interval) {
        return new RecurringTask("ledger-digests", interval, interval,
                () -> digests.signNow().ifPresent(d -> log.info("signed a ledger digest at position {}", d.position())));
    }

    @Bean
    @ConditionalOnWebApplication
    public LedgerController ledgerController(MongoDatabaseFactory databases, LedgerDigests digests,
                                             LedgerIntegrity ledgerIntegrity, KeyPair ledgerKeys, Clock clock,
                                             AggregateVisibility aggregateVisibility) {
        return new LedgerController(databases.getMongoDatabase(), digests, ledgerIntegrity, ledgerKeys.getPublic(), clock,
                aggregateVisibility);
    }
}
