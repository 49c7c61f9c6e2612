package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import nl.kwaliteitsnetwerk.ledger.testsupport.RequestBodyTextCoverage;

import java.util.List;

/** Every text of every body of the dialogue, peer-review and panel-review commands is refused with a lone surrogate, by name. */
class DialogueRequestTextCoverageTest extends RequestBodyTextCoverage {

    @Override
    protected List<String> expectedBodies() {
        return List.of("OpenDialogueRequest", "CommitteeRequest", "SessionRecordRequest", "ObservationRequest",
                "DraftRequest", "AdoptionRequest", "StartRequest", "SessionRequest", "TeamReportRequest", "ScheduleRequest",
                "PanelRequest", "SelfEvaluationRequest", "JudgementRequest");
    }
}
