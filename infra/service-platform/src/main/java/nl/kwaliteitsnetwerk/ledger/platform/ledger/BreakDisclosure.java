package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import nl.kwaliteitsnetwerk.ledger.platform.security.AggregateVisibility;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A verification as one caller may read it. A break names the aggregate it was found in, and that id alone
 * tells that the record exists; so it is shown only to a caller whom the service's {@link AggregateVisibility}
 * lets see that aggregate (administrators, who see the planning data of every record, keep them all). For
 * anyone else the break keeps its kind, its position and what was found, which name no record.
 */
final class BreakDisclosure {

    private final AggregateVisibility visibility;

    BreakDisclosure(AggregateVisibility visibility) {
        this.visibility = visibility;
    }

    LedgerVerifier.Verification shownTo(Caller caller, LedgerVerifier.Verification verification) {
        if (verification.breaks().isEmpty()) {
            return verification;
        }
        // Up to a thousand breaks may name the same few aggregates; the service's rule may read a view per id.
        Map<String, Boolean> visible = new HashMap<>();
        List<LedgerBreak> shown = verification.breaks().stream()
                .map(broken -> broken.aggregateId() == null || visible.computeIfAbsent(broken.aggregateId(),
                        aggregateId -> visibility.visibleTo(caller, aggregateId)) ? broken : broken.withoutAggregate())
                .toList();
        return new LedgerVerifier.Verification(verification.intact(), verification.commitsChecked(),
                verification.lastPosition(), verification.signedPosition(), shown, verification.breaksNotListed());
    }

    LedgerIntegrity.LastVerification shownTo(Caller caller, LedgerIntegrity.LastVerification last) {
        return new LedgerIntegrity.LastVerification(last.at(), shownTo(caller, last.result()));
    }
}
