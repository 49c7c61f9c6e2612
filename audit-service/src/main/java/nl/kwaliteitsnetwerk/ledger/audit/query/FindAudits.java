package nl.kwaliteitsnetwerk.ledger.audit.query;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;

/** Audits, optionally of one institution and/or in one status (null means any). */
public record FindAudits(String institutionCode, AuditStatus status) {

    public FindAudits {
        institutionCode = InstitutionCode.normalise(institutionCode, "institution");
    }
}
