package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.testsupport.RequestBodyTextCoverage;

import java.util.List;

/** Every text of every audit command body is refused as invalid-text when it holds a lone surrogate, naming it. */
class AuditRequestTextCoverageTest extends RequestBodyTextCoverage {

    @Override
    protected List<String> expectedBodies() {
        return List.of("ScheduleAuditRequest", "AssignTeamRequest", "IntakeRequest", "FindingRequest", "CorrectionRequest",
                "ReasonRequest", "JudgementRequest", "CommentRequest", "DispositionRequest", "PublicationRequest",
                "FollowUpAcceptanceRequest", "FollowUpReopeningRequest");
    }
}
