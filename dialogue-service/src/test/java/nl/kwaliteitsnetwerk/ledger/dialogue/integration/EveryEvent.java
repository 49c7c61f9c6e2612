package nl.kwaliteitsnetwerk.ledger.dialogue.integration;

import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueEvent;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command.DialogueFixtures;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.PanelReviewEvent;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.command.PanelReviewFixtures;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.PeerReviewEvent;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.command.PeerReviewFixtures;

import java.util.ArrayList;
import java.util.List;

/** At least one event of every kind the dialogue service records, from the fixtures of its three instruments. */
final class EveryEvent {

    static final int KINDS = DialogueEvent.class.getPermittedSubclasses().length
            + PeerReviewEvent.class.getPermittedSubclasses().length
            + PanelReviewEvent.class.getPermittedSubclasses().length;

    private EveryEvent() {
    }

    static List<Object> ofEachKind() {
        List<Object> events = new ArrayList<>(DialogueFixtures.oneOfEachEvent());
        events.addAll(PeerReviewFixtures.oneOfEachEvent());
        events.addAll(PanelReviewFixtures.oneOfEachEvent());
        return events;
    }
}
