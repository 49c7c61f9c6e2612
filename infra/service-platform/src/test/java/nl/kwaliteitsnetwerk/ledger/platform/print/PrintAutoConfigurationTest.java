package nl.kwaliteitsnetwerk.ledger.platform.print;

import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerDigests;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import java.security.KeyPair;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Every service with a ledger gets the proofs and the printer, named as the fragment calls them; one without, neither. */
class PrintAutoConfigurationTest {

    private final ProvenLedger ledger = new ProvenLedger();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PrintAutoConfiguration.class))
            .withPropertyValues("spring.application.name=" + ProvenLedger.LEDGER)
            .withBean(MongoDatabaseFactory.class, () -> new SimpleMongoClientDatabaseFactory(ledger.client,
                    ledger.database.getName()))
            .withBean(KeyPair.class, () -> ledger.keys)
            .withBean(LedgerIntegrity.class, () -> ledger.integrity)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(MessageSource.class, PdfPrinterTest::messages);

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void aServiceWithALedgerGetsTheProofsAndThePrinter() {
        runner.withBean(LedgerDigests.class, () -> ledger.digests).run(context -> {
            assertThat(context).hasBean("commitProofs").hasSingleBean(PdfPrinter.class);
            CommitProof proof = context.getBean(CommitProofs.class).forEvent("b", 0).orElseThrow();
            assertThat(proof.ledger()).isEqualTo(ProvenLedger.LEDGER);
            assertThat(proof.publicEntry()).as("no public feed in this service").isNull();
        });
    }

    @Test
    void aServiceWithoutALedgerGetsNeither() {
        runner.run(context -> assertThat(context).doesNotHaveBean(CommitProofs.class).doesNotHaveBean(PdfPrinter.class));
    }
}
