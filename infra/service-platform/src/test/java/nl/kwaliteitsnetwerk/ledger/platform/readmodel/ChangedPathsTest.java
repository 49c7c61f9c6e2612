package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.configuration.CodecRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.mongodb.MongoClientSettings.getDefaultCodecRegistry;
import static org.assertj.core.api.Assertions.assertThat;

/** The change a view's document is written as: only what changed, by path, where a path can say it. */
class ChangedPathsTest {

    private static final CodecRegistry CODECS = getDefaultCodecRegistry();

    @Test
    void oneFindingAddedToAViewOfAHundredIsSentAloneWithTheNewVersion() {
        Document stored = audit(100, 41);
        Document next = audit(101, 42);

        DocumentChange.Paths change = (DocumentChange.Paths) DocumentChange.between(stored, next);

        assertThat(change.set()).isEqualTo(new Document("version", 42).append("lastChangedAt", "2027-01-01T10:42:00Z"));
        assertThat(change.unset()).isEmpty();
        assertThat(change.push()).isEqualTo(new Document("findings", new Document("$each", List.of(finding(100)))));
        int findingSize = bytes(finding(100));
        assertThat(bytes(change.update())).isLessThan(findingSize + 200).isLessThan(bytes(next) / 50);
    }

    @Test
    void aCorrectedFindingIsSetByItsIndexAndFieldOnly() {
        Document stored = audit(10, 9);
        Document next = audit(10, 10);
        next.getList("findings", Document.class).get(5).put("text", "gecorrigeerd");

        DocumentChange.Paths change = (DocumentChange.Paths) DocumentChange.between(stored, next);

        assertThat(change.set()).containsOnlyKeys("version", "lastChangedAt", "findings.5.text");
        assertThat(change.push()).isEmpty();
    }

    @Test
    void aFieldThatAppearsInAFindingSetsTheFindingWholeToKeepItsFieldsInOrder() {
        Document stored = audit(10, 9);
        Document next = audit(10, 10);
        Document retracted = new Document("findingId", "f5").append("retractionReason", "dubbel");
        retracted.putAll(next.getList("findings", Document.class).get(5));
        next.getList("findings", Document.class).set(5, retracted);

        DocumentChange.Paths change = (DocumentChange.Paths) DocumentChange.between(stored, next);

        assertThat(change.set()).containsOnlyKeys("version", "lastChangedAt", "findings.5");
    }

    @Test
    void aListThatShrankOrWasReorderedIsSetWhole() {
        Document stored = new Document("_id", "a").append("notes", List.of("een", "twee", "drie"));

        assertThat(DocumentChange.between(stored, new Document("_id", "a").append("notes", List.of("een", "twee"))))
                .isEqualTo(paths(new Document("notes", List.of("een", "twee"))));
        assertThat(DocumentChange.between(stored, new Document("_id", "a").append("notes", List.of("drie", "twee", "een"))))
                .isEqualTo(paths(new Document("notes.0", "drie").append("notes.2", "een")));
        assertThat(DocumentChange.between(stored, new Document("_id", "a").append("notes", List.of("EEN", "twee", "drie", "vier"))))
                .as("grown and changed at once").isEqualTo(paths(new Document("notes", List.of("EEN", "twee", "drie", "vier"))));
    }

    @Test
    void aMapKeyThatIsNoPathSetsItsMapWhole() {
        Document stored = new Document("_id", "a").append("judgements", new Document("KS1", "3"));
        for (String key : List.of("KS1.1", "$KS", "")) {
            Document judgements = new Document("KS1", "3").append(key, "2");
            assertThat(DocumentChange.between(stored, new Document("_id", "a").append("judgements", judgements)))
                    .as(key).isEqualTo(paths(new Document("judgements", judgements)));
        }
    }

    @Test
    void aFieldRemovedIsUnsetAndOneAddedAtTheEndIsSet() {
        Document stored = new Document("_id", "a").append("status", "OPEN").append("intake", "x");
        Document next = new Document("_id", "a").append("status", "OPEN").append("publication", "y");

        assertThat(DocumentChange.between(stored, next))
                .isEqualTo(new DocumentChange.Paths(new Document("publication", "y"), new Document("intake", ""), new Document()));
    }

    @Test
    void aTopLevelFieldThatAppearsBetweenOthersIsSetByPathForTheTopLevelIsReadByName() {
        Document stored = new Document("_id", "a").append("status", "OPEN").append("version", 1);
        Document between = new Document("_id", "a").append("status", "OPEN").append("intake", "x").append("version", 2);

        assertThat(DocumentChange.between(stored, between))
                .isEqualTo(new DocumentChange.Paths(new Document("version", 2).append("intake", "x"), new Document(), new Document()));
    }

    @Test
    void aNestedFieldThatAppearsBetweenOthersSetsItsParentAndANumberOnlyOfAnotherTypeReplacesTheDocument() {
        Document stored = new Document("_id", "a").append("intake", new Document("held", "x").append("by", "lead"));
        Document between = new Document("_id", "a").append("intake", new Document("held", "x").append("on", "d").append("by", "lead"));
        assertThat(DocumentChange.between(stored, between)).isEqualTo(new DocumentChange.Paths(
                new Document("intake", between.get("intake")), new Document(), new Document()));

        Document versioned = new Document("_id", "a").append("status", "OPEN").append("version", 1);
        Document retyped = new Document("_id", "a").append("status", "OPEN").append("version", 1L);
        assertThat(DocumentChange.between(versioned, retyped)).isEqualTo(new DocumentChange.Whole(retyped));
    }

    @Test
    void aDocumentAsItWasStoredIsNotWrittenAgain() {
        assertThat(DocumentChange.between(audit(3, 2), audit(3, 2))).isEqualTo(new DocumentChange.Unchanged());
    }

    @Test
    void pathsOfWhichOneLiesBelowAnotherAreConflicts() {
        assertThat(ChangedPathsPropertyTest.conflicts(List.of("findings", "findings.5", "findingsX", "a.b", "a.bc")))
                .containsExactlyInAnyOrder("findings / findings.5");
    }

    private static DocumentChange.Paths paths(Document set) {
        return new DocumentChange.Paths(set, new Document(), new Document());
    }

    /** An audit's document as stored: its findings of some 600 characters each, at {@code version}. */
    static Document audit(int findings, int version) {
        List<Document> all = new ArrayList<>();
        for (int i = 0; i < findings; i++) {
            all.add(finding(i));
        }
        return new Document("_id", "audit-1").append("version", version)
                .append("lastChangedAt", "2027-01-01T10:%02d:00Z".formatted(version)).append("auditId", "audit-1")
                .append("status", "SITE_VISIT").append("findings", all);
    }

    static Document finding(int number) {
        return new Document("findingId", "f" + number).append("standardCode", "KS" + (number % 6 + 1))
                .append("kind", "STRENGTH").append("text", ("Bevinding " + number + ": ").repeat(60).substring(0, 600))
                .append("revision", 1).append("retracted", false)
                .append("recordedBy", new Document("userId", "auditor").append("role", "AUDITOR"))
                .append("recordedAt", "2027-01-01T10:00:00Z").append("corrections", List.of());
    }

    static int bytes(Document document) {
        return new RawBsonDocument(document, CODECS.get(Document.class)).getByteBuffer().remaining();
    }
}
