package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import nl.kwaliteitsnetwerk.ledger.platform.security.AggregateVisibility;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.springframework.stereotype.Component;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.web.CommitteeController.COMMITTEE;

/**
 * Which of this service's aggregates a caller may know exist. The service has one: the committee, whose
 * composition every signed-in user reads ({@code GET /committee}), so its id is no secret to anyone. Its
 * reviews live inside it and are no aggregates of their own; who may see each one is {@code ReviewAccess}.
 * Any other id is unknown. Decided on the id alone, without reading the store: the ledger asks this while
 * it reports a broken store, where a read of the committee's events would itself be refused.
 */
@Component
class CommitteeVisibility implements AggregateVisibility {

    @Override
    public boolean visibleTo(Caller caller, String aggregateId) {
        return COMMITTEE.equals(aggregateId);
    }
}
