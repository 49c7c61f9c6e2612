package nl.kwaliteitsnetwerk.ledger.validation.integration;

import nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewFixtures;

import java.util.ArrayList;
import java.util.List;

/** One event of every kind the service stores: the committee's and its reviews'. */
final class ValidationEvents {

    private ValidationEvents() {
    }

    static List<Object> oneOfEach() {
        List<Object> all = new ArrayList<>(CommitteeFixtures.oneOfEachEvent());
        all.addAll(ReviewFixtures.oneOfEachEvent());
        return all;
    }
}
