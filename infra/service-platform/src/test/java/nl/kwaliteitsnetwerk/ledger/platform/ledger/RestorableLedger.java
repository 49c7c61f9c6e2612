package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.DigestStatement;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleTree;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A ledger for the restore tests, built through the engine on the test JVM's embedded MongoDB: three
 * aggregates and an event of no aggregate, multi-event commits, a digest signed at position 5 and one at
 * 7; and its export as {@code GET /ledger/export} writes it (Spring's JSON settings), as a tree to tamper with.
 */
final class RestorableLedger implements AutoCloseable {

    /** As the platform's defaults configure Spring's ObjectMapper, which writes the export. */
    static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();
    static final int COMMITS = 8;
    static final long FIRST_SIGNED = 5;
    static final long LAST_SIGNED = 7;

    final MongoClient client = MongoClients.create(SharedTestStack.get().mongo().uri("ledger-restore"));
    final KeyPair keys = ed25519();
    final MongoDatabase source = fresh();
    final LedgerDigests digests = new LedgerDigests(source, keys, Clock.systemUTC());
    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    final LedgerStorageEngine engine = engine(source);

    public record Noted(String text) {
    }

    /** Positions: 0 a[0,1], 1 b[0], 2 a lone event, 3 a[2], 4 c[0..2], 5 b[1,2] (signed), 6 a[3], 7 c[3] (signed). */
    RestorableLedger build() {
        engine.appendEvents(event("a", 0), event("a", 1));
        engine.appendEvents(event("b", 0));
        engine.appendEvents(GenericEventMessage.asEventMessage(new Noted("lone")));
        engine.appendEvents(event("a", 2));
        engine.appendEvents(event("c", 0), event("c", 1), event("c", 2));
        engine.appendEvents(event("b", 1), event("b", 2));
        digests.signNow();
        engine.appendEvents(event("a", 3));
        engine.appendEvents(event("c", 3));
        digests.signNow();
        return this;
    }

    MongoDatabase fresh() {
        return client.getDatabase("restore-" + UUID.randomUUID());
    }

    LedgerStorageEngine engine(MongoDatabase database) {
        LedgerStorageEngine built = LedgerStorageEngine.builder().database(database).eventSerializer(serializer)
                .snapshotSerializer(serializer).build();
        built.ensureIndexes();
        return built;
    }

    static DomainEventMessage<Noted> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Note", aggregate, sequence, new Noted(aggregate + sequence),
                MetaData.with("institutionCode", "29WT"));
    }

    ObjectNode export() {
        return JSON.valueToTree(LedgerExport.of(source, digests));
    }

    static ArrayNode commits(ObjectNode export) {
        return (ArrayNode) export.get("commits");
    }

    static ArrayNode digests(ObjectNode export) {
        return (ArrayNode) export.get("digests");
    }

    static Path write(ObjectNode export, Path directory) {
        try {
            Path file = Files.createTempFile(directory, "ledger-export", ".json");
            JSON.writeValue(file.toFile(), export);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a forger does who knows the hashes: every content digest and chain link recomputed over the altered commits. */
    static void rehash(ObjectNode export) {
        byte[] chain = LedgerHash.GENESIS;
        Map<String, byte[]> aggregates = new HashMap<>();
        for (JsonNode node : commits(export)) {
            ObjectNode commit = (ObjectNode) node;
            List<CommittedEvent> events = new ArrayList<>();
            commit.get("events").forEach(event -> events.add(JSON.convertValue(event, CommittedEvent.class)));
            byte[] digest = LedgerHash.contentDigest(events);
            chain = LedgerHash.chainHash(chain, commit.get("position").asLong(), digest);
            byte[] previous = aggregates.getOrDefault(commit.get("aggregateId").asText(), LedgerHash.GENESIS);
            byte[] link = LedgerHash.aggregateChainHash(previous, commit.get("firstSequence").asLong(), digest);
            aggregates.put(commit.get("aggregateId").asText(), link);
            commit.put("contentDigest", LedgerHash.hex(digest)).put("chainHash", LedgerHash.hex(chain))
                    .put("previousAggregateHash", LedgerHash.hex(previous)).put("aggregateHash", LedgerHash.hex(link));
        }
    }

    /** What a forger does who also has a key: the export's key replaced, one digest over its last commit signed with it. */
    static void resign(ObjectNode export, KeyPair forger) {
        List<byte[]> leaves = new ArrayList<>();
        commits(export).forEach(commit -> leaves.add(LedgerHash.fromHex(commit.get("contentDigest").asText())));
        JsonNode last = commits(export).get(commits(export).size() - 1);
        DigestStatement statement = new DigestStatement(last.get("position").asLong(),
                LedgerHash.fromHex(last.get("chainHash").asText()), MerkleTree.root(leaves), Instant.now());
        LedgerDigests.SignedDigest signed = new LedgerDigests.SignedDigest(statement.position(), LedgerHash.hex(statement.chainHash()),
                LedgerHash.hex(statement.merkleRoot()), statement.signedAt(),
                Base64.getEncoder().encodeToString(statement.sign(forger.getPrivate())));
        export.put("publicKey", Base64.getEncoder().encodeToString(forger.getPublic().getEncoded()));
        digests(export).removeAll().add(JSON.valueToTree(signed));
    }

    static List<Document> all(MongoDatabase database, String collection) {
        return database.getCollection(collection).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    /** The collections of {@code database} that hold a document: none after a refused restore. */
    static List<String> holding(MongoDatabase database) {
        List<String> holding = new ArrayList<>();
        for (String name : database.listCollectionNames()) {
            if (database.getCollection(name).countDocuments() > 0) {
                holding.add(name);
            }
        }
        return holding;
    }

    static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
