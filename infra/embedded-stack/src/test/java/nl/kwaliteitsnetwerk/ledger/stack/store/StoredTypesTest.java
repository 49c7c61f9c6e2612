package nl.kwaliteitsnetwerk.ledger.stack.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the store writes it reads back the same, several values one after the other in a page as H2 lays them out. */
class StoredTypesTest {

    @Test
    void documentsOfEveryTypeTheServerStoresReadBackEqual() {
        Document everyType = new Document("_id", new ObjectId("5f1d7a3b9c2e4a0012345678"))
                .append("int", 7).append("long", 1L << 40).append("double", 2.5).append("decimal", new Decimal128(5, 0x3040000000000000L))
                .append("string", "héllo").append("boolean", true).append("null", null)
                .append("date", Instant.ofEpochMilli(1_764_500_000_123L)).append("timestamp", new BsonTimestamp(42L))
                .append("binary", new BinData(new byte[]{0, 1, 2})).append("uuid", UUID.fromString("01234567-89ab-cdef-0123-456789abcdef"))
                .append("legacyUuid", new LegacyUUID(1L, 2L)).append("min", MinKey.getInstance()).append("max", MaxKey.getInstance())
                .append("array", List.of(1, "two", new Document("three", 3.0)))
                .append("embedded", new Document("b", 1).append("a", List.of()));
        Document second = new Document("_id", 2L).append("events", List.of(new Document("payload", "x".repeat(3000))));

        assertThat(roundTrip(new BsonDocumentType(), everyType, second)).containsExactly(everyType, second);
    }

    @Test
    void indexKeysReadBackEqual() {
        KeyValue compound = new KeyValue("audit-1", 4.0);
        KeyValue nested = new KeyValue(new Document("a", List.of(1.0, 2.0)), null);
        KeyValue single = new KeyValue(new ObjectId("5f1d7a3b9c2e4a0012345678"));

        assertThat(roundTrip(new IndexKeyType(), compound, nested, single)).containsExactly(compound, nested, single);
    }

    @Test
    void aMissingKeyPartIsStoredAsNullAsTheServerNormalizesIt() {
        assertThat(roundTrip(new IndexKeyType(), new KeyValue("a", Missing.getInstance()))).containsExactly(new KeyValue("a", null));
    }

    @Test
    void idsAndPositionsReadBackEqualAndMissingStaysMissing() {
        Object[] values = {12L, "name", new ObjectId("5f1d7a3b9c2e4a0012345678"), UUID.fromString("01234567-89ab-cdef-0123-456789abcdef"),
                new Document("compound", 1), Missing.getInstance(), null};

        assertThat(roundTrip(new StoredValueType(), values)).containsExactly(values);
    }

    @SafeVarargs
    private static <T> List<T> roundTrip(DataType<T> type, T... values) {
        WriteBuffer page = new WriteBuffer();
        for (T value : values) {
            type.write(page, value);
        }
        ByteBuffer read = page.getBuffer();
        read.flip();
        List<T> back = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            back.add(type.read(read));
        }
        assertThat(read.remaining()).as("every byte written was read").isZero();
        return back;
    }
}
