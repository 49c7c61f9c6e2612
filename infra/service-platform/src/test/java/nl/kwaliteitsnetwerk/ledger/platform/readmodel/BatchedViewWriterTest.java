package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A batch writes each view it changed once, at its end: a new one inserted, a stored one as its change, and
 * only over the version it was read at; a view someone else wrote meanwhile fails the batch, and the batch
 * handled again applies what the view is missing.
 */
class BatchedViewWriterTest {

    private static final Instant AT = Instant.parse("2027-01-01T09:00:00Z");

    private final WriteCommands writes = new WriteCommands();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(SharedTestStack.get().mongo().uri("batched-views")))
            .addCommandListener(writes).build());
    private final MongoCollection<Document> collection =
            client.getDatabase("batched-views-" + UUID.randomUUID()).getCollection("notes");
    private final DocumentViews<NotesView> views = new DocumentViews<>(collection, new ObjectMapper()
            .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL),
            NotesView.class, view -> view.id);
    private final BatchedViewWriter<NotesView> writer = new BatchedViewWriter<>(views, id -> new NotesView());

    /** A view of notes, each event one note. */
    public static class NotesView extends FoldedView {
        public String id;
        public List<String> notes = new ArrayList<>();
        public String title;
    }

    /** The insert and update commands sent, as they went on the wire. */
    private static final class WriteCommands extends CopyOnWriteArrayList<BsonDocument> implements CommandListener {

        @Override
        public void commandStarted(CommandStartedEvent event) {
            if (List.of("insert", "update").contains(event.getCommandName())) {
                add(event.getCommand().clone());
            }
        }
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aNewViewIsInsertedAndAGrownOneSendsOnlyItsNewNotes() {
        inBatch(() -> {
            note("n", 0, "eerste");
            note("n", 1, "tweede");
        });
        inBatch(() -> note("n", 2, "derde"));

        assertThat(writes).hasSize(2);
        assertThat(writes.get(0).getString("insert").getValue()).isEqualTo("notes");
        BsonDocument update = writes.get(1).getArray("updates").get(0).asDocument();
        assertThat(update.getDocument("q")).isEqualTo(BsonDocument.parse("{_id: 'n', version: 1}"));
        assertThat(update.getDocument("u")).isEqualTo(BsonDocument.parse(
                "{$set: {version: 2}, $push: {notes: {$each: ['derde']}}}"));
        assertThat(views.find("n").orElseThrow().notes).containsExactly("eerste", "tweede", "derde");
        assertThat(collection.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                .as("the write's filter {_id, version} is an index's key, so the embedded server does not scan")
                .contains(ViewWrites.VERSION_KEY);
    }

    @Test
    void aBatchOfEventsTheViewHasAlreadyWritesNothing() {
        inBatch(() -> note("n", 0, "eerste"));
        writes.clear();

        inBatch(() -> note("n", 0, "eerste"));

        assertThat(writes).isEmpty();
    }

    @Test
    void aViewWrittenBySomeoneElseSinceItWasReadIsNotOverwrittenAndTheBatchAgainAppliesWhatIsMissing() {
        inBatch(() -> note("n", 0, "eerste"));

        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        note("n", 1, "tweede");
        note("n", 2, "derde");
        collection.updateOne(Filters.eq("_id", "n"), Updates.combine(Updates.set("version", 1),
                Updates.push("notes", "tweede (door een andere instantie)")));
        assertThatThrownBy(batch::commit).isInstanceOf(ViewChangedMeanwhile.class)
                .hasMessageContaining("NotesView n is no longer at version 0");
        assertThat(views.find("n").orElseThrow().notes).containsExactly("eerste", "tweede (door een andere instantie)");

        inBatch(() -> {
            note("n", 1, "tweede");
            note("n", 2, "derde");
        });
        NotesView view = views.find("n").orElseThrow();
        assertThat(view.notes).containsExactly("eerste", "tweede (door een andere instantie)", "derde");
        assertThat(view.version).isEqualTo(2);
    }

    @Test
    void aNewViewThatSomeoneElseStoredMeanwhileIsNotOverwritten() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        note("n", 0, "eerste");
        collection.insertOne(new Document("_id", "n").append("version", 0).append("id", "n")
                .append("notes", List.of("eerste (door een andere instantie)")));

        assertThatThrownBy(batch::commit).isInstanceOf(ViewChangedMeanwhile.class)
                .hasMessageContaining("NotesView n was stored meanwhile");
        assertThat(views.find("n").orElseThrow().notes).containsExactly("eerste (door een andere instantie)");
    }

    @Test
    void aViewResetSinceItWasReadIsNotWrittenBack() {
        inBatch(() -> note("n", 0, "eerste"));

        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        note("n", 1, "tweede");
        collection.deleteOne(Filters.eq("_id", "n"));

        assertThatThrownBy(batch::commit).isInstanceOf(ViewChangedMeanwhile.class);
        assertThat(views.find("n")).isEmpty();
    }

    @Test
    void aViewThatGainedATopLevelFieldIsStillWrittenByPathAfterwards() {
        inBatch(() -> note("n", 0, "eerste"));
        inBatch(() -> writer.update("n", view -> view.applyOnce(1, AT, () -> view.title = "Notities")));
        writes.clear();

        inBatch(() -> note("n", 2, "derde"));

        assertThat(writes).hasSize(1);
        BsonDocument update = writes.get(0).getArray("updates").get(0).asDocument();
        assertThat(update.getDocument("u").keySet()).as("a change, not the document").containsExactly("$set", "$push");
        NotesView view = views.find("n").orElseThrow();
        assertThat(view.notes).containsExactly("eerste", "derde");
        assertThat(view.title).isEqualTo("Notities");
    }

    @Test
    void outsideABatchAViewIsWrittenAtOnce() {
        note("n", 0, "eerste");
        note("n", 1, "tweede");

        assertThat(views.find("n").orElseThrow().notes).containsExactly("eerste", "tweede");
        assertThat(writes).hasSize(2);
    }

    private void note(String id, long sequence, String note) {
        writer.update(id, view -> view.applyOnce(sequence, AT, () -> {
            view.id = id;
            view.notes.add(note);
        }));
    }

    private static void inBatch(Runnable events) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        events.run();
        batch.commit();
    }
}
