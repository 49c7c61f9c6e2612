package nl.kwaliteitsnetwerk.ledger.platform.print;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerDigests;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrity;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerKeys;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerStorageEngine;
import nl.kwaliteitsnetwerk.ledger.platform.publicfeed.PublicFeedStore;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.util.FileSystemUtils;

import java.security.KeyPair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/**
 * A ledger on the test JVM's embedded MongoDB, appended through the engine, with its digests, its public
 * feed's store and the {@link CommitProofs} over them: positions 0 a[0], 1 b[0,1], 2 a[1], signed at 2.
 */
final class ProvenLedger implements AutoCloseable {

    static final String LEDGER = "audit-service";

    final MongoClient client = MongoClients.create(SharedTestStack.get().mongo().uri("ledger-print"));
    final MongoDatabase database = client.getDatabase("print-" + UUID.randomUUID());
    final KeyPair keys = ed25519();
    final LedgerIntegrity integrity = new LedgerIntegrity();
    final LedgerDigests digests = new LedgerDigests(database, keys, Clock.systemUTC(), integrity);
    final PublicFeedStore feed = new PublicFeedStore(database);
    final CommitProofs proofs = new CommitProofs(database, digests, integrity, keys.getPublic(), LEDGER, feed);
    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    final LedgerStorageEngine engine = LedgerStorageEngine.builder().database(database).eventSerializer(serializer)
            .snapshotSerializer(serializer).build();

    public record Noted(String text) {
    }

    ProvenLedger() {
        engine.ensureIndexes();
        engine.appendEvents(event("a", 0));
        engine.appendEvents(event("b", 0), event("b", 1));
        engine.appendEvents(event("a", 1));
        digests.signNow();
    }

    static DomainEventMessage<Noted> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Audit", aggregate, sequence, new Noted("Bevinding " + aggregate + sequence),
                MetaData.with("institutionCode", "29WT"));
    }

    /** A key pair made as the local profile makes a service's own: by {@link LedgerKeys}, in a directory then removed. */
    static KeyPair ed25519() {
        try {
            Path directory = Files.createTempDirectory("print-keys");
            KeyPair keys = LedgerKeys.inDirectory(directory, LEDGER + "-ledger");
            FileSystemUtils.deleteRecursively(directory);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
