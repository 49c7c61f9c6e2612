package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A folded view applies each event once, by sequence number, and is stored as its fields alone. */
class FoldedViewTest {

    private static final Instant FIRST = Instant.parse("2027-01-01T09:00:00Z");
    private static final Instant SECOND = Instant.parse("2027-01-02T09:00:00Z");

    /** A view of notes, each event one note. */
    static class NotesView extends FoldedView {
        public List<String> notes = new ArrayList<>();

        boolean apply(String note, long sequence, Instant at) {
            return applyOnce(sequence, at, () -> notes.add(note));
        }

        public String getShout() {
            return String.join("!", notes);
        }
    }

    @Test
    void anEventAppliesOnceAndStampsTheVersionAndTheTimeOfTheChange() {
        NotesView view = new NotesView();
        assertThat(view.apply("eerste", 0, FIRST)).isTrue();
        assertThat(view.apply("tweede", 1, SECOND)).isTrue();
        assertThat(view.notes).containsExactly("eerste", "tweede");
        assertThat(view.version).isEqualTo(1);
        assertThat(view.lastChangedAt).isEqualTo(SECOND);
    }

    @Test
    void aRedeliveredOrEarlierEventChangesNothing() {
        NotesView view = new NotesView();
        view.apply("eerste", 0, FIRST);
        view.apply("tweede", 1, SECOND);
        assertThat(view.apply("tweede", 1, SECOND)).isFalse();
        assertThat(view.apply("eerste", 0, FIRST)).isFalse();
        assertThat(view.notes).containsExactly("eerste", "tweede");
        assertThat(view.version).isEqualTo(1);
    }

    @Test
    void aViewIsStoredAsItsFieldsAloneWithoutItsGetters() throws Exception {
        NotesView view = new NotesView();
        view.apply("eerste", 0, FIRST);
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        List<String> stored = new ArrayList<>();
        mapper.readTree(mapper.writeValueAsString(view)).fieldNames().forEachRemaining(stored::add);
        assertThat(stored).containsExactlyInAnyOrder("version", "lastChangedAt", "notes");
        NotesView read = mapper.readValue(mapper.writeValueAsString(view), NotesView.class);
        assertThat(read.version).isZero();
        assertThat(read.lastChangedAt).isEqualTo(FIRST);
        assertThat(read.notes).containsExactly("eerste");
    }

    @Test
    void aNullValueIsKeptSoThatItDoesNotFilter() {
        assertThat(Where.field("institution.code", null)).containsEntry("institution.code", null);
        assertThat(Where.fields("institution.code", "29WT", "status", null))
                .containsEntry("institution.code", "29WT").containsEntry("status", null).hasSize(2);
    }

    @Test
    void aViewWithoutTheIdOfItsRecordIsNotStored() {
        DocumentViews<NotesView> views = new DocumentViews<>(null, new ObjectMapper(), NotesView.class, view -> null);
        assertThatThrownBy(() -> views.save(new NotesView())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NotesView without the id");
    }
}
