package nl.kwaliteitsnetwerk.ledger.stack;

import com.mongodb.MongoNamespace;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.BsonBinarySubType;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store keeps documents and unique index keys as BSON: what the server accepted it finds again, by
 * {@code _id}, by {@code $in} and by a unique key, and refuses the same duplicates, also after a restart.
 */
class BsonStoreTest {

    private static final int DUPLICATE_KEY = 11000;
    private static final ObjectId OBJECT_ID = new ObjectId("5f1d7a3b9c2e4a0012345678");

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("store.mv");
    }

    @Test
    void aUniqueKeyRefusesTheSameNumberInAnotherTypeBeforeAndAfterARestart() {
        inCollection(keys -> {
            keys.createIndex(Indexes.ascending("k"), new IndexOptions().unique(true));
            for (Object key : List.of(1, "1", OBJECT_ID, new Document("a", List.of(1, 2)), new Document("a", List.of(1, 3)))) {
                keys.insertOne(new Document("k", key));
            }
            keys.insertOne(new Document("k", null));
            assertDuplicate(keys, new Document("k", 1L));
            assertDuplicate(keys, new Document("k", 1.0));
            assertDuplicate(keys, new Document("other", "no k is a null k"));
        });
        inCollection(keys -> {
            assertThat(keys.countDocuments()).isEqualTo(6);
            assertDuplicate(keys, new Document("k", 1.0));
            assertDuplicate(keys, new Document("k", new Document("a", List.of(1, 3))));
            assertThat(keys.find(Filters.eq("k", 1L)).first()).as("found through the index by another type").isNotNull();
            keys.insertOne(new Document("k", 2.5));
        });
    }

    @Test
    void idsOfEveryTypeAreFoundInOneInQueryBeforeAndAfterARestart() {
        List<Object> ids = List.of(1L, "1", OBJECT_ID, 2.5, new Document("x", 1), 3);
        List<Object> asked = List.of(1, "1", OBJECT_ID, 2.5, new Document("x", 1), 3L, 99L);
        inCollection(byId -> {
            ids.forEach(id -> byId.insertOne(new Document("_id", id)));
            assertThat(byId.find(Filters.in("_id", asked)).into(new ArrayList<>())).hasSize(ids.size());
        });
        inCollection(byId -> assertThat(byId.find(Filters.in("_id", asked)).into(new ArrayList<>())).hasSize(ids.size()));
    }

    @Test
    void aCompoundUniqueKeyHoldsAfterARestart() {
        inCollection(commits -> insertCommits(commits, 300));
        inCollection(commits -> {
            for (long position = 0; position < 300; position++) {
                assertThat(commits.find(key(position)).first()).isEqualTo(commit(position));
            }
            assertDuplicate(commits, key(7).append("_id", 1000L));
            assertDuplicate(commits, new Document("_id", 7L));
            commits.insertOne(commit(300));
        });
    }

    @Test
    void documentsOfEveryTypeReadBackEqualAfterARestart() {
        Document everyType = new Document("_id", OBJECT_ID).append("int", 7).append("long", 1L << 40).append("double", 2.5)
                .append("decimal", Decimal128.parse("12.345")).append("string", "héllo").append("boolean", true).append("null", null)
                .append("date", new Date(1_764_500_000_123L)).append("timestamp", new BsonTimestamp(1_764_500_000, 3))
                .append("binary", new Binary(new byte[]{0, 1, 2})).append("uuid", new Binary(BsonBinarySubType.UUID_STANDARD, new byte[16]))
                .append("min", new MinKey()).append("max", new MaxKey())
                .append("array", List.of(1, "two", new Document("three", 3.0)))
                .append("embedded", new Document("b", 1).append("a", List.of()));
        inCollection(documents -> documents.insertOne(everyType));
        inCollection(documents -> assertThat(documents.find().first()).isEqualTo(everyType));
    }

    @Test
    void valuesTheServerMakesItselfAreKeptAfterARestart() {
        inCollection(documents -> {
            documents.insertOne(new Document("_id", 1).append("n", 1));
            documents.updateOne(Filters.eq("_id", 1), Updates.combine(Updates.currentDate("date"),
                    Updates.currentTimestamp("timestamp"), Updates.inc("n", 1L)));
        });
        inCollection(documents -> {
            Document updated = documents.find().first();
            assertThat(updated.get("date")).isInstanceOf(Date.class);
            assertThat(updated.get("timestamp")).isInstanceOf(BsonTimestamp.class);
            assertThat(updated.get("n")).isEqualTo(2L);
        });
    }

    @Test
    void aRenamedCollectionKeepsItsDocumentsAndUniqueKeysAfterARestart() {
        inCollection(commits -> {
            insertCommits(commits, 50);
            commits.renameCollection(new MongoNamespace("d", "renamed"));
        });
        try (StoreSession store = StoreSession.open(file())) {
            MongoCollection<Document> renamed = store.database("d").getCollection("renamed");
            assertThat(store.database("d").listCollectionNames().into(new ArrayList<>())).contains("renamed").doesNotContain("c");
            assertThat(renamed.countDocuments()).isEqualTo(50);
            assertThat(renamed.find(key(7)).first()).isEqualTo(commit(7));
            assertDuplicate(renamed, key(7).append("_id", 1000L));
            assertDuplicate(renamed, new Document("_id", 7L));
        }
        assertThat(StoreSession.mapNames(file())).as("nothing left under the old name").noneMatch(name -> name.contains("d.c."));
    }

    @Test
    void droppingADatabaseOrACollectionLeavesNothingOfItInTheFile() {
        try (StoreSession store = StoreSession.open(file())) {
            store.database("gone").getCollection("c").createIndex(Indexes.ascending("k"), new IndexOptions().unique(true));
            store.database("gone").getCollection("c").insertOne(new Document("k", 1));
            store.database("kept").getCollection("temporary").insertOne(new Document("_id", 1));
            store.database("kept").getCollection("c").insertOne(new Document("_id", 1));
            store.database("gone").drop();
            store.database("kept").getCollection("temporary").drop();
        }
        assertThat(StoreSession.mapNames(file())).noneMatch(name -> name.contains("gone.") || name.contains("temporary"))
                .contains("databases.kept.c");
        try (StoreSession store = StoreSession.open(file())) {
            assertThat(store.database("kept").getCollection("c").countDocuments()).isEqualTo(1);
            store.database("gone").getCollection("c").insertOne(new Document("k", 1));
            assertThat(store.database("gone").getCollection("c").countDocuments()).isEqualTo(1);
        }
    }

    /** Opens the store on the same file each time, as a restart does. */
    private void inCollection(Consumer<MongoCollection<Document>> use) {
        try (StoreSession store = StoreSession.open(file())) {
            use.accept(store.database("d").getCollection("c"));
        }
    }

    /** Commits of a ledger, one insert each, under its unique key (aggregate, first sequence). */
    private static void insertCommits(MongoCollection<Document> commits, long count) {
        commits.createIndex(Indexes.ascending("aggregateId", "firstSequence"), new IndexOptions().unique(true));
        for (long position = 0; position < count; position++) {
            commits.insertOne(commit(position));
        }
    }

    static void assertDuplicate(MongoCollection<Document> collection, Document document) {
        assertThatThrownBy(() -> collection.insertOne(document)).as("%s is a duplicate", document)
                .isInstanceOfSatisfying(MongoWriteException.class, refused -> assertThat(refused.getCode()).isEqualTo(DUPLICATE_KEY));
    }

    static Document commit(long position) {
        return new Document("_id", position).append("aggregateId", "audit-" + position % 7).append("firstSequence", position / 7)
                .append("payload", "x".repeat(200));
    }

    static Document key(long position) {
        return new Document("aggregateId", "audit-" + position % 7).append("firstSequence", position / 7);
    }
}
