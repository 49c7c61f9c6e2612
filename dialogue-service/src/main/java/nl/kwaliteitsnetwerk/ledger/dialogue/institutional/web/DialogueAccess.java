package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueView;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see how much of a dialogue. Drafts and everything before the final report are for the
 * committee and the institution only; the validation committee reads all of a final report; once
 * published, everyone signed in reads its public part. Until then administrators see its planning data.
 */
final class DialogueAccess {

    private static final Set<DialogueStatus> FINAL = EnumSet.of(DialogueStatus.FINALISED, DialogueStatus.PUBLISHED);

    private DialogueAccess() {
    }

    static Access of(Caller caller, DialogueView view) {
        if (view.isCommitteeMember(caller.userId()) || caller.actsFor(view.institution.code())) {
            return Access.FULL;
        }
        if (caller.has(Role.VALIDATION_COMMITTEE) && FINAL.contains(view.status)) {
            return Access.FULL;
        }
        if (view.status == DialogueStatus.PUBLISHED) {
            return Access.PUBLIC;
        }
        return caller.has(Role.ADMINISTRATOR) ? Access.SUMMARY : Access.NONE;
    }
}
