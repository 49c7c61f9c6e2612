package nl.kwaliteitsnetwerk.ledger.audit.access;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see how much of an audit. Until the report is final, only its team, its institution and
 * the Kwaliteitsraad see its content; the validation committee sees all of a final report; once
 * published, everyone signed in sees the public part. Until then administrators see its planning data.
 * The one rule for both sides: the reads ask it of the caller, the audit itself of the one acting, so
 * that a command on an audit the caller may not see is answered as one on an audit that does not exist.
 */
public final class AuditAccess {

    private static final Set<AuditStatus> FINAL = EnumSet.of(AuditStatus.FINALISED, AuditStatus.PUBLISHED);

    private AuditAccess() {
    }

    public static Access of(Viewer viewer, AuditStanding audit) {
        if (audit.teamUserIds().contains(viewer.userId()) || viewer.actsFor(audit.institutionCode())
                || viewer.has(Role.QUALITY_COUNCIL)) {
            return Access.FULL;
        }
        if (viewer.has(Role.VALIDATION_COMMITTEE) && FINAL.contains(audit.status())) {
            return Access.FULL;
        }
        if (audit.status() == AuditStatus.PUBLISHED) {
            return Access.PUBLIC;
        }
        return viewer.has(Role.ADMINISTRATOR) ? Access.SUMMARY : Access.NONE;
    }
}
