package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.PanelReviewStatus;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see how much of a panel review; the one rule behind both what a reader gets and whether a
 * command's actor is told the review exists. The panel and the institution see everything; the
 * validation committee sees an issued report; once published, everyone signed in reads the summary and
 * the judgements. Until then administrators see its planning data.
 */
public final class PanelReviewAccessRule {

    private static final Set<PanelReviewStatus> REPORTED = EnumSet.of(PanelReviewStatus.REPORT_ISSUED,
            PanelReviewStatus.PUBLISHED);

    private PanelReviewAccessRule() {
    }

    public static Access of(Viewer viewer, PanelReviewStatus status, String institutionCode,
                            Collection<String> panelUserIds) {
        if (panelUserIds.contains(viewer.userId()) || viewer.actsFor(institutionCode)) {
            return Access.FULL;
        }
        if (viewer.has(Role.VALIDATION_COMMITTEE) && REPORTED.contains(status)) {
            return Access.FULL;
        }
        if (status == PanelReviewStatus.PUBLISHED) {
            return Access.PUBLIC;
        }
        return viewer.has(Role.ADMINISTRATOR) ? Access.SUMMARY : Access.NONE;
    }
}
