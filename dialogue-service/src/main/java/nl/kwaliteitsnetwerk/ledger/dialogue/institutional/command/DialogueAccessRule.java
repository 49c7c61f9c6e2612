package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;

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
        if (committeeUserIds.contains(viewer.userId()) || viewer.actsFor(institutionCode)) {
            return Access.FULL;
        }
        if (viewer.has(Role.VALIDATION_COMMITTEE) && FINAL.contains(status)) {
            return Access.FULL;
        }
        if (status == DialogueStatus.PUBLISHED) {
            return Access.PUBLIC;
        }
        return viewer.has(Role.ADMINISTRATOR) ? Access.SUMMARY : Access.NONE;
    }
}
