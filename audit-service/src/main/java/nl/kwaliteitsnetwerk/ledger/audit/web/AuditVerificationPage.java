package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrity;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerVerifier;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import java.security.KeyPair;
import java.util.List;

/**
 * Whether an audit's commits verify, for its page: what the platform's {@code GET /ledger/aggregates/{id}/verification}
 * answers (the aggregate's commits, its own chain and head, the store against its signed head), computed on the
 * server for a reader who may see the audit (the page has answered 404 to anyone else before it asks). A break is
 * reported to the service's integrity as the endpoint reports it, and is shown by kind, position and detail, which
 * name no other record.
 */
@Component
record AuditVerificationPage(MongoDatabaseFactory databases, KeyPair ledgerKeys, LedgerIntegrity integrity) {

    /** The verification as the page shows it: intact or not, how many commits were read, and each break. */
    record Verified(boolean intact, long commitsChecked, Long signedPosition, List<Break> breaks) {
    }

    record Break(String kind, Long position, String detail) {
    }

    /** Null when the ledger holds no commit of the audit (a view without a store, as in a test of the page). */
    Verified of(String auditId) {
        return new LedgerVerifier(databases.getMongoDatabase(), ledgerKeys.getPublic()).verifyHeldAggregate(auditId)
                .map(this::shown).orElse(null);
    }

    private Verified shown(LedgerVerifier.Verification verification) {
        verification.breaks().forEach(integrity::report);
        List<Break> breaks = verification.breaks().stream()
                .map(LedgerBreak::withoutAggregate)
                .map(broken -> new Break(broken.kind().name(), broken.position(), broken.detail()))
                .toList();
        return new Verified(verification.intact(), verification.commitsChecked(), verification.signedPosition(),
                breaks);
    }
}
