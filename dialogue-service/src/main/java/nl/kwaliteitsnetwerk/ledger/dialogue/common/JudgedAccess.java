package nl.kwaliteitsnetwerk.ledger.dialogue.common;

import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;

import java.util.Collection;

/**
 * Who may see how much of an institution being judged by a committee or a panel (a dialogue, a panel review):
 * the judges and the institution see all of it; the validation committee all of it once the report is final;
 * once published, everyone signed in its public part; until then administrators its planning data; anyone
 * else nothing, not even that it exists.
 */
public final class JudgedAccess {

    private JudgedAccess() {
    }

    public static Access of(Viewer viewer, String institutionCode, Collection<String> judgeUserIds,
                            boolean reportFinal, boolean published) {
        if (judgeUserIds.contains(viewer.userId()) || viewer.actsFor(institutionCode)) {
            return Access.FULL;
        }
        if (viewer.has(Role.VALIDATION_COMMITTEE) && reportFinal) {
            return Access.FULL;
        }
        if (published) {
            return Access.PUBLIC;
        }
        return viewer.has(Role.ADMINISTRATOR) ? Access.SUMMARY : Access.NONE;
    }
}
