package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.JudgedAccess;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.PanelReviewStatus;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;

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
        return JudgedAccess.of(viewer, institutionCode, panelUserIds, REPORTED.contains(status),
                status == PanelReviewStatus.PUBLISHED);
    }
}
