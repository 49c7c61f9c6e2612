package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditView;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see how much of an audit. Until the report is final, only its team, its institution and
 * the Kwaliteitsraad see its content; the validation committee sees all of a final report; once
 * published, everyone signed in sees the public part. Until then administrators see its planning data.
 */
enum AuditAccess {
    FULL,
    SUMMARY,
    PUBLIC,
    NONE;

    private static final Set<AuditStatus> FINAL = EnumSet.of(AuditStatus.FINALISED, AuditStatus.PUBLISHED);

    static AuditAccess of(Caller caller, AuditView view) {
        if (view.isTeamMember(caller.userId()) || caller.actsFor(view.institution.code())
                || caller.has(Role.QUALITY_COUNCIL)) {
            return FULL;
        }
        if (caller.has(Role.VALIDATION_COMMITTEE) && FINAL.contains(view.status)) {
            return FULL;
        }
        if (view.status == AuditStatus.PUBLISHED) {
            return PUBLIC;
        }
        return caller.has(Role.ADMINISTRATOR) ? SUMMARY : NONE;
    }
}
