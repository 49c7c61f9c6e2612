package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import nl.kwaliteitsnetwerk.ledger.testsupport.RequestBodyTextCoverage;

import java.util.List;

/** Every text of every body of the committee's commands is refused with a lone surrogate, by name. */
class ValidationRequestTextCoverageTest extends RequestBodyTextCoverage {

    @Override
    protected List<String> expectedBodies() {
        return List.of("CompositionRequest", "MembershipChangeRequest", "OpenRequest", "AnswerRequest", "TextRequest");
    }
}
