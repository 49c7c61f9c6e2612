package nl.kwaliteitsnetwerk.ledger.audit.access;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;

import java.util.Set;

/** What decides who may see an audit: whose it is, who audits it, and how far it has come. */
public record AuditStanding(String institutionCode, Set<String> teamUserIds, AuditStatus status) {

    public AuditStanding {
        teamUserIds = Set.copyOf(teamUserIds);
    }
}
