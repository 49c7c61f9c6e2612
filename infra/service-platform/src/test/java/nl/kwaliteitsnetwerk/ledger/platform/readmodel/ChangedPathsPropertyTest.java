package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For any stored document and any next version of it (fields added, removed, reordered, nested documents and
 * lists changed, grown, shrunk, names that are no path, nulls, the same number as another type), the change
 * applied by the embedded server to the stored document gives exactly the next one, field order and number
 * types included, and names no path twice or below another.
 */
class ChangedPathsPropertyTest {

    /** Canonical extended JSON: tells an int from a long from a double, and keeps the order of fields. */
    private static final JsonWriterSettings EXACT = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
    private static final List<String> NAMES = List.of("a", "b", "c", "findings", "text", "5", "10", "z");
    private static final List<String> NO_PATH_NAMES = List.of("a.b", "$x", "", "v.1");

    private final MongoClient client = MongoClients.create(mongoUri());
    private final MongoCollection<Document> views = client.getDatabase("changed-paths-" + UUID.randomUUID()).getCollection("views");

    /** The server the property runs against: the embedded one here; a real MongoDB in the Testcontainers variant. */
    protected String mongoUri() {
        return SharedTestStack.get().mongo().uri("changed-paths");
    }

    @AfterProperty
    void close() {
        client.close();
    }

    @Property(tries = 500, seed = "20261130")
    void theChangeAppliedToTheStoredDocumentGivesExactlyTheNextOne(@ForAll("documents") Document fields,
                                                                   @ForAll long seed) {
        String id = UUID.randomUUID().toString();
        Document stored = withId(id, fields);
        Document next = withId(id, (Document) mutate(fields, new Random(seed), 0));
        views.insertOne(stored);

        DocumentChange change = DocumentChange.between(views.find(Filters.eq("_id", id)).first(), next);
        Statistics.label("change").collect(change.getClass().getSimpleName());
        Statistics.label("change").coverage(coverage -> {
            coverage.check("Paths").count(count -> count > 200);
            coverage.check("Whole").count(count -> count > 0);
            coverage.check("Unchanged").count(count -> count > 0);
        });
        if (change instanceof DocumentChange.Paths paths) {
            paths.update().keySet().forEach(operator -> Statistics.label("operator").collect(operator));
            Statistics.label("operator").coverage(coverage -> {
                coverage.check("$push").count(count -> count > 20);
                coverage.check("$unset").count(count -> count > 20);
            });
            assertThat(conflicts(paths.paths())).as("paths on conflicting paths").isEmpty();
            views.updateOne(Filters.eq("_id", id), paths.update());
        } else if (change instanceof DocumentChange.Whole whole) {
            views.replaceOne(Filters.eq("_id", id), whole.document());
        }
        Document result = views.find(Filters.eq("_id", id)).first();
        // the top level's order is not kept by a change (a view's fields are read by name); below it, it is
        result = topLevelSorted(result);
        next = topLevelSorted(next);
        assertThat(result.toJson(EXACT)).as("%s changed by %s", stored.toJson(EXACT), change).isEqualTo(next.toJson(EXACT));
    }

    @Provide
    Arbitrary<Document> documents() {
        return Arbitraries.randomValue(random -> (Document) document(random, 0));
    }

    private static Document topLevelSorted(Document document) {
        Document sorted = new Document("_id", document.get("_id"));
        document.keySet().stream().filter(name -> !name.equals("_id")).sorted()
                .forEach(name -> sorted.put(name, document.get(name)));
        return sorted;
    }

    private static Document withId(String id, Document fields) {
        Document document = new Document("_id", id);
        document.putAll(fields);
        return document;
    }

    /** Pairs of paths of which one is the other or lies below it. */
    static List<String> conflicts(List<String> paths) {
        List<String> conflicts = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            for (int j = 0; j < paths.size(); j++) {
                String one = paths.get(i);
                String other = paths.get(j);
                if (i != j && (one.equals(other) || other.startsWith(one + "."))) {
                    conflicts.add(one + " / " + other);
                }
            }
        }
        return conflicts;
    }

    private static Object value(Random random, int depth) {
        int kind = random.nextInt(depth >= 3 ? 6 : 9);
        return switch (kind) {
            case 0 -> "tekst " + random.nextInt(5);
            case 1 -> random.nextInt(4);
            case 2 -> (long) random.nextInt(4);
            case 3 -> random.nextInt(4) / 2.0;
            case 4 -> random.nextBoolean();
            case 5 -> null;
            case 6, 7 -> document(random, depth + 1);
            default -> list(random, depth + 1);
        };
    }

    private static Object document(Random random, int depth) {
        Document document = new Document();
        int size = depth == 0 ? 2 + random.nextInt(6) : random.nextInt(4);
        for (int i = 0; i < size; i++) {
            document.put(name(random, depth), value(random, depth));
        }
        return document;
    }

    private static List<Object> list(Random random, int depth) {
        List<Object> list = new ArrayList<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            list.add(value(random, depth));
        }
        return list;
    }

    /** Names that are no path only below the top level, where a view's own fields never have them. */
    private static String name(Random random, int depth) {
        if (depth > 0 && random.nextInt(8) == 0) {
            return NO_PATH_NAMES.get(random.nextInt(NO_PATH_NAMES.size()));
        }
        return NAMES.get(random.nextInt(NAMES.size()));
    }

    /** A next version of {@code value}: often the same, else changed in one of the ways a view changes. */
    @SuppressWarnings("unchecked")
    private static Object mutate(Object value, Random random, int depth) {
        int roll = random.nextInt(10);
        if (value instanceof Map<?, ?> fields) {
            return roll < 1 ? value : mutateFields((Map<String, Object>) fields, random, depth);
        }
        if (value instanceof List<?> items) {
            return roll < 2 ? value : mutateItems(new ArrayList<>(items), random, depth);
        }
        if (roll < 5) {
            return value;
        }
        if (roll < 7 && value instanceof Number number) {
            return sameNumberOtherType(number, random);
        }
        return value(random, depth);
    }

    private static Document mutateFields(Map<String, Object> fields, Random random, int depth) {
        Document next = new Document();
        fields.forEach((name, value) -> {
            int roll = random.nextInt(10);
            if (roll > 0) {
                next.put(name, roll < 5 ? value : mutate(value, random, depth + 1));
            }
        });
        int added = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < added; i++) {
            next.put(name(random, depth), value(random, depth + 1));
        }
        if (random.nextInt(12) == 0) {
            List<String> names = new ArrayList<>(next.keySet());
            Collections.shuffle(names, random);
            Document shuffled = new Document();
            names.forEach(name -> shuffled.put(name, next.get(name)));
            return shuffled;
        }
        return next;
    }

    private static List<Object> mutateItems(List<Object> items, Random random, int depth) {
        int roll = random.nextInt(10);
        if (roll < 4 || items.isEmpty()) {
            int grown = 1 + random.nextInt(3);
            for (int i = 0; i < grown; i++) {
                items.add(value(random, depth + 1));
            }
        }
        if (roll >= 4 && roll < 8 || roll == 3) {
            int at = random.nextInt(items.size());
            items.set(at, mutate(items.get(at), random, depth + 1));
        }
        if (roll == 8) {
            items.remove(random.nextInt(items.size()));
        }
        if (roll == 9) {
            Collections.reverse(items);
        }
        return items;
    }

    private static Object sameNumberOtherType(Number number, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> number.intValue();
            case 1 -> number.longValue();
            default -> number.doubleValue();
        };
    }
}
