package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.JudgedAccess;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see how much of a dialogue; the one rule behind both what a reader gets and whether a
 * command's actor is told the dialogue exists. Drafts and everything before the final report are for
 * the committee and the institution only; the validation committee reads all of a final report; once
 * published, everyone signed in reads its public part. Until then administrators see its planning data.
 */
public final class DialogueAccessRule {

    private static final Set<DialogueStatus> FINAL = EnumSet.of(DialogueStatus.FINALISED, DialogueStatus.PUBLISHED);

    private DialogueAccessRule() {
    }

    public static Access of(Viewer viewer, DialogueStatus status, String institutionCode,
                            Collection<String> committeeUserIds) {
        return JudgedAccess.of(viewer, institutionCode, committeeUserIds, FINAL.contains(status),
                status == DialogueStatus.PUBLISHED);
    }
}
