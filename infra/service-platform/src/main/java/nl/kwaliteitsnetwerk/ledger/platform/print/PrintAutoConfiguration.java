package nl.kwaliteitsnetwerk.ledger.platform.print;

import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerAutoConfiguration;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerDigests;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrity;
import nl.kwaliteitsnetwerk.ledger.platform.publicfeed.PublicFeedAutoConfiguration;
import nl.kwaliteitsnetwerk.ledger.platform.publicfeed.PublicFeedStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.security.KeyPair;
import java.time.Clock;

/** The proofs of single records ({@link CommitProofs}) and their PDF exports ({@link PdfPrinter}) of every service. */
@AutoConfiguration(after = {LedgerAutoConfiguration.class, PublicFeedAutoConfiguration.class})
@ConditionalOnBean(LedgerDigests.class)
public class PrintAutoConfiguration {

    @Bean
    public CommitProofs commitProofs(MongoDatabaseFactory databases, LedgerDigests digests, LedgerIntegrity ledgerIntegrity,
                                     KeyPair ledgerKeys, @Value("${spring.application.name}") String ledger,
                                     ObjectProvider<PublicFeedStore> feed) {
        return new CommitProofs(databases.getMongoDatabase(), digests, ledgerIntegrity, ledgerKeys.getPublic(), ledger,
                feed.getIfAvailable());
    }

    @Bean
    public PdfPrinter pdfPrinter(MessageSource messageSource, Clock clock) {
        return new PdfPrinter(messageSource, clock);
    }
}
