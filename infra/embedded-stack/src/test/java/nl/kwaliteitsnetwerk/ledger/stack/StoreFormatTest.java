package nl.kwaliteitsnetwerk.ledger.stack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import nl.kwaliteitsnetwerk.ledger.stack.store.StoreFormat;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import static nl.kwaliteitsnetwerk.ledger.stack.BsonStoreTest.assertDuplicate;
import static nl.kwaliteitsnetwerk.ledger.stack.BsonStoreTest.commit;
import static nl.kwaliteitsnetwerk.ledger.stack.BsonStoreTest.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A store file says which format it is in. One written before documents were kept as BSON (by the H2
 * backend's own Java-serialized types) is migrated once when it is opened, with every document and unique
 * key; one in a format this version does not know is refused and left as it is.
 */
class StoreFormatTest {

    private static final String MARKER = "qal.storeFormat";
    private static final int COMMITS = 2_500;
    /** Three maps of 12,000 entries: the migration saves its copies three times (every 10,000 entries of a map). */
    private static final int KILLED_COMMITS = 12_000;
    private static final int KILLS = 3;
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final List<Object> OTHER_IDS = List.of("name", new ObjectId("5f1d7a3b9c2e4a0012345678"), new Document("x", 1), 2.5);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("store.mv");
    }

    @Test
    void aFileWrittenWithJavaSerializationOpensWithEveryDocumentAndBothKindsOfUniqueKey() {
        writeWithTheStockBackend(this::ledgerAndOtherIds);

        try (StoreSession store = StoreSession.open(file())) {
            MongoCollection<Document> commits = store.database("d").getCollection("commits");
            List<Long> positions = LongStream.range(0, COMMITS).boxed().toList();
            assertThat(commits.countDocuments()).isEqualTo(COMMITS);
            assertThat(commits.find(Filters.in("_id", positions)).into(new ArrayList<>()))
                    .containsExactlyElementsOf(positions.stream().map(BsonStoreTest::commit).toList());
            for (long position = 0; position < COMMITS; position += 97) {
                assertThat(commits.find(key(position)).first()).as("found by its unique key").isEqualTo(commit(position));
            }
            assertDuplicate(commits, commit(5));
            assertDuplicate(commits, key(5).append("_id", -1L));
            commits.insertOne(commit(COMMITS));
            MongoCollection<Document> others = store.database("e").getCollection("others");
            assertThat(others.find(Filters.in("_id", OTHER_IDS)).into(new ArrayList<>())).hasSize(OTHER_IDS.size());
            assertDuplicate(others, new Document("_id", "name"));
        }

        assertThat(StoreSession.inFile(file(), StoreFormat::prepare)).as("maps migrated when opened again").isZero();
        assertThat(formatIn(file())).isEqualTo("bson-1");
        try (StoreSession store = StoreSession.open(file())) {
            assertThat(store.database("d").getCollection("commits").countDocuments()).isEqualTo(COMMITS + 1);
        }
    }

    @Test
    void aMigrationCutShortStartsAgainFromTheOldMaps() {
        writeWithTheStockBackend(this::ledgerAndOtherIds);
        StoreSession.inFile(file(), store -> {
            // what a kill -9 in the middle of a migration leaves: part of a copy under its temporary name, no marker
            MVMap<Object, Object> halfCopied = store.openMap("qal.migrating.databases.d.commits");
            halfCopied.put(0L, "part of a copy");
            return store.commit();
        });

        try (StoreSession store = StoreSession.open(file())) {
            assertThat(store.database("d").getCollection("commits").countDocuments()).isEqualTo(COMMITS);
            assertThat(store.database("d").getCollection("commits").find(key(9)).first()).isEqualTo(commit(9));
        }
        assertThat(StoreSession.mapNames(file())).noneMatch(name -> name.startsWith("qal.migrating."));
    }

    /**
     * A kill -9 while an old file is being migrated: as soon as the store says it began, and after one and
     * after two of the commits that save the copies as they grow. Until the migration's last commit the old
     * maps are untouched and the file has no marker, so every start finds the old file, with perhaps copies
     * of an earlier attempt that it discards, or the migrated one; never half of either.
     */
    @Test
    void aKillNineDuringTheMigrationLeavesTheOldFileOrTheMigratedOne() throws Exception {
        writeWithTheStockBackend(client -> insertCommits(client.getDatabase("d").getCollection("commits"), KILLED_COMMITS));
        int killedWhileMigrating = 0;
        int killedWithCopiesSaved = 0;
        for (int copiesSaved = 0; copiesSaved < KILLS && formatIn(file()) == null; copiesSaved++) {
            killMigrationAfter(copiesSaved, dir.resolve("port-" + copiesSaved));
            killedWhileMigrating += formatIn(file()) == null ? 1 : 0;
            killedWithCopiesSaved += StoreSession.mapNames(file()).stream().anyMatch(name -> name.startsWith("qal.migrating.")) ? 1 : 0;
        }
        assertThat(killedWhileMigrating).as("kills before the migration's last commit").isPositive();
        assertThat(killedWithCopiesSaved).as("kills after copies were committed").isPositive();

        try (StoreSession store = StoreSession.open(file())) {
            MongoCollection<Document> commits = store.database("d").getCollection("commits");
            assertThat(commits.countDocuments()).isEqualTo(KILLED_COMMITS);
            for (long from = 0; from < KILLED_COMMITS; from += 1000) {
                List<Long> positions = LongStream.range(from, from + 1000).boxed().toList();
                assertThat(commits.find(Filters.in("_id", positions)).into(new ArrayList<>())).as("found by _id").hasSize(1000);
            }
            for (long position = 0; position < KILLED_COMMITS; position += 101) {
                assertThat(commits.find(key(position)).first()).as("found by its unique key").isEqualTo(commit(position));
            }
            assertDuplicate(commits, key(5).append("_id", -1L));
        }
    }

    @Test
    void aFileInAFormatThisVersionDoesNotKnowIsRefusedAndLeftAsItIs() {
        StoreSession.inFile(file(), store -> {
            store.<String, String>openMap(MARKER).put("format", "bson-9");
            store.openMap("databases.d.commits").put(1L, "written by a later version");
            return store.commit();
        });

        assertThatThrownBy(() -> StoreSession.open(file())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bson-9").hasMessageContaining("LedgerExportCommand");
        assertThat(formatIn(file())).isEqualTo("bson-9");
        assertThat(StoreSession.<Object>inFile(file(), store -> store.openMap("databases.d.commits").get(1L)))
                .isEqualTo("written by a later version");
    }

    @Test
    void aNewFileIsMarkedWithItsFormat() {
        try (StoreSession store = StoreSession.open(file())) {
            store.database("d").getCollection("c").insertOne(new Document("_id", 1));
        }
        assertThat(formatIn(file())).isEqualTo("bson-1");
    }

    private void ledgerAndOtherIds(MongoClient client) {
        insertCommits(client.getDatabase("d").getCollection("commits"), COMMITS);
        MongoCollection<Document> others = client.getDatabase("e").getCollection("others");
        OTHER_IDS.forEach(id -> others.insertOne(new Document("_id", id)));
    }

    /** Starts the store on the file in a process of its own and kills it once it has saved copies that many times. */
    private void killMigrationAfter(int copiesSaved, Path portFile) throws Exception {
        Path log = portFile.resolveSibling(portFile.getFileName() + ".log");
        Process store = StoreProcess.start(file(), portFile, 0);
        try {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(10)).until(() -> Files.exists(log)
                    && Files.readString(log).contains("migrating ") && Files.readString(log).split("copied ").length > copiesSaved);
        } finally {
            store.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void insertCommits(MongoCollection<Document> commits, int count) {
        commits.createIndex(Indexes.ascending("aggregateId", "firstSequence"), new IndexOptions().unique(true));
        for (long from = 0; from < count; from += 500) {
            commits.insertMany(LongStream.range(from, Math.min(count, from + 500)).mapToObj(BsonStoreTest::commit).toList());
        }
    }

    /** The format the file says it is in; null for a file without the marker. Reads without adding the marker map. */
    private static String formatIn(Path file) {
        return StoreSession.inFile(file, store -> store.hasMap(MARKER) ? store.<String, String>openMap(MARKER).get("format") : null);
    }

    /** A file as every version before this format wrote it: mongo-java-server's H2 backend with H2's default types. */
    private void writeWithTheStockBackend(Consumer<MongoClient> writes) {
        H2Backend stock = new H2Backend(file().toString());
        MongoServer server = new MongoServer(stock);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            writes.accept(client);
        } finally {
            server.shutdownNow();
        }
    }
}
