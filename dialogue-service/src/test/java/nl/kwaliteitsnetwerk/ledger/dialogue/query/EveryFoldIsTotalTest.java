package nl.kwaliteitsnetwerk.ledger.dialogue.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueEvent;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command.DialogueFixtures;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueView;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueViewFolder;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.PanelReviewEvent;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.command.PanelReviewFixtures;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.PanelReviewView;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.PeerReviewEvent;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.command.PeerReviewFixtures;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.PeerReviewView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view fold of the dialogue service is total: folding a history with one event of every type of its
 * sealed event interface, each event changes what the view shows (not only its version), so no type is
 * passed over unseen. One pure fold serves the live projection, a redelivery and {@code ?asOf=}; a type it
 * missed would be missing from all three.
 */
class EveryFoldIsTotalTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    /** One fold: the view it starts from, and how it applies an event numbered {@code sequence}. */
    private interface Fold<V, E> {
        void apply(V view, E event, long sequence);
    }

    @Test
    void theDialogueFoldFoldsEveryTypeOfDialogueEvent() {
        everyTypeChangesTheView(DialogueEvent.class, DialogueFixtures.oneOfEachEvent(), new DialogueView(),
                DialogueViewFolder::apply);
    }

    @Test
    void thePanelReviewFoldFoldsEveryTypeOfPanelReviewEvent() {
        everyTypeChangesTheView(PanelReviewEvent.class, PanelReviewFixtures.oneOfEachEvent(), new PanelReviewView(),
                PanelReviewView::apply);
    }

    @Test
    void thePeerReviewFoldFoldsEveryTypeOfPeerReviewEvent() {
        everyTypeChangesTheView(PeerReviewEvent.class, PeerReviewFixtures.oneOfEachEvent(), new PeerReviewView(),
                PeerReviewView::apply);
    }

    private static <V, E> void everyTypeChangesTheView(Class<E> sealed, List<Object> events, V view, Fold<V, E> fold) {
        assertThat(events.stream().<Class<?>>map(Object::getClass).distinct().toList())
                .as("the history folds one event of every type of " + sealed.getSimpleName())
                .containsExactlyInAnyOrder(sealed.getPermittedSubclasses());
        for (int sequence = 0; sequence < events.size(); sequence++) {
            ObjectNode before = shown(view);
            fold.apply(view, sealed.cast(events.get(sequence)), sequence);
            assertThat(shown(view)).as("what the view shows after " + events.get(sequence).getClass().getSimpleName())
                    .isNotEqualTo(before);
        }
    }

    /** The view as its readers see it, without the bookkeeping every event changes. */
    private static ObjectNode shown(Object view) {
        ObjectNode node = JSON.valueToTree(view);
        node.remove(List.of("version", "lastChangedAt"));
        return node;
    }
}
