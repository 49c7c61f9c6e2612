package nl.kwaliteitsnetwerk.ledger.stack.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of the store's keys is a total order in which two values are one key exactly when the server
 * holds them equal after its normalization (1, 1L and 1.0 are one number), as the H2 backend's index told
 * them apart before, only without Java serialization.
 */
class ValueOrderTest {

    private static final long BEYOND_DOUBLE = (1L << 53) + 1;

    private static final List<Object> VALUES = Arrays.asList(
            null, Missing.getInstance(), MinKey.getInstance(), MaxKey.getInstance(),
            1, 1L, 1.0, 0, -0.0, 1.5, 2L, BEYOND_DOUBLE, BEYOND_DOUBLE - 1, Double.NaN,
            "1", "a", "b", "", true, false,
            Instant.ofEpochMilli(5), Instant.ofEpochMilli(6),
            new ObjectId("5f1d7a3b9c2e4a0012345678"), new ObjectId("5f1d7a3b9c2e4a0012345679"),
            UUID.fromString("00000000-0000-0000-0000-000000000001"), new BinData(new byte[]{1, 2}), new BinData(new byte[]{1, 3}),
            new Document("a", 1), new Document("a", 1L), new Document("a", 2), new Document("a", 1).append("b", 2),
            new Document("b", 2).append("a", 1), new Document(),
            List.of(1, 2), List.of(1, 3), List.of(1), List.of(1L, 2.0), List.of(),
            new Document("a", List.of(1, 2)), new Document("a", List.of(1, 3)), List.of(List.of(1, 2)), List.of(List.of(1, 3)),
            new BsonRegularExpression("a", ""), new BsonRegularExpression("a", "i"), new BsonJavaScript("x"), new BsonJavaScript("y"));

    @Test
    void twoValuesAreOneKeyExactlyWhenTheServerHoldsThemEqual() {
        for (Object a : VALUES) {
            for (Object b : VALUES) {
                assertThat(ValueOrder.compare(a, b) == 0).as("%s and %s are one key", a, b).isEqualTo(normalized(a).equals(normalized(b)));
            }
        }
    }

    @Test
    void numbersOfEveryTypeAreOneKeyWithTheSameValue() {
        assertThat(ValueOrder.compare(1, 1L)).isZero();
        assertThat(ValueOrder.compare(1L, 1.0)).isZero();
        assertThat(ValueOrder.compare(-0.0, 0)).isZero();
        assertThat(ValueOrder.compare(BEYOND_DOUBLE, BEYOND_DOUBLE - 1)).as("a long a double cannot hold").isPositive();
    }

    @Test
    void arraysInsideDocumentsAreComparedElementByElement() {
        // the server's comparator compares arrays by their smallest element, which would make these one key
        assertThat(ValueOrder.compare(new Document("a", List.of(1, 2)), new Document("a", List.of(1, 3)))).isNegative();
        assertThat(ValueOrder.compare(List.of(List.of(1, 2)), List.of(List.of(1, 3)))).isNegative();
    }

    @Test
    void documentsWithTheSameFieldsInAnotherOrderAreDifferentKeys() {
        assertThat(ValueOrder.compare(new Document("a", 1).append("b", 2), new Document("b", 2).append("a", 1))).isNotZero();
    }

    @Test
    void theOrderIsTotal() {
        for (Object a : VALUES) {
            for (Object b : VALUES) {
                assertThat(Integer.signum(ValueOrder.compare(a, b))).as("%s against %s", a, b)
                        .isEqualTo(-Integer.signum(ValueOrder.compare(b, a)));
                for (Object c : VALUES) {
                    if (ValueOrder.compare(a, b) <= 0 && ValueOrder.compare(b, c) <= 0) {
                        assertThat(ValueOrder.compare(a, c)).as("%s <= %s <= %s", a, b, c).isNotPositive();
                    }
                }
            }
        }
    }

    /** The value as a unique index holds it. */
    private static KeyValue normalized(Object value) {
        return new KeyValue(value).normalized();
    }
}
