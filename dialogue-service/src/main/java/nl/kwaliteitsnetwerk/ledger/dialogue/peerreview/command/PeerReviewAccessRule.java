package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.PeerReviewStatus;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;

import java.util.Collection;

/**
 * Who may see how much of a peer review; the one rule behind both what a reader gets and whether a
 * command's actor is told the review exists. Peer review is collegial learning: its content is for the
 * process guide and the institutions whose teams take part, and for the validation committee once it
 * is completed; administrators see its planning data. It is never public.
 */
public final class PeerReviewAccessRule {

    private PeerReviewAccessRule() {
    }

    public static Access of(Viewer viewer, PeerReviewStatus status, Collection<String> institutionCodes,
                            String processGuideUserId) {
        if (viewer.userId().equals(processGuideUserId) || institutionCodes.stream().anyMatch(viewer::actsFor)) {
            return Access.FULL;
        }
        if (viewer.has(Role.VALIDATION_COMMITTEE) && status == PeerReviewStatus.COMPLETED) {
            return Access.FULL;
        }
        return viewer.has(Role.ADMINISTRATOR) ? Access.SUMMARY : Access.NONE;
    }
}
