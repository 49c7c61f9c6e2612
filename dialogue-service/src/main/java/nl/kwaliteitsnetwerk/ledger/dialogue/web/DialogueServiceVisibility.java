package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import nl.kwaliteitsnetwerk.ledger.platform.security.AggregateVisibility;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The service's one answer to the platform's question whether a caller may know that an aggregate
 * exists: a dialogue, a panel review or a peer review, each by its own access rule.
 */
@Component
class DialogueServiceVisibility implements AggregateVisibility {

    private final List<VisibleRecords> kinds;

    DialogueServiceVisibility(List<VisibleRecords> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    @Override
    public boolean visibleTo(Caller caller, String aggregateId) {
        return kinds.stream().anyMatch(kind -> kind.visibleTo(caller, aggregateId));
    }
}
