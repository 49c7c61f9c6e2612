package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.ExpectedVersionRuleTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.command.PanelReviewFixtures.*;

/**
 * A command acts only on the version of the panel review its sender saw, compared by the review itself once
 * it has decided the sender may see it: another institution learns no version, and one behind or ahead is stale.
 */
class PanelReviewVersionTest extends ExpectedVersionRuleTest<PanelReview> {

    PanelReviewVersionTest() {
        super(PanelReviewFixtures.fixture(new MutableClock(NOW)), PanelReview.class);
    }

    @Override
    protected List<Command> everyCommand() {
        return List.of(
                (who, version) -> new ComposePanel(REVIEW, null, null, who, version),
                (who, version) -> new SubmitSelfEvaluation(REVIEW, null, null, null, null, null, null, null, who, version),
                (who, version) -> new JudgePanelStandard(REVIEW, null, null, null, null, null, who, version),
                (who, version) -> new IssuePanelReport(REVIEW, null, who, version),
                (who, version) -> new ReactToPanelReport(REVIEW, null, who, version),
                (who, version) -> new PublishPanelReport(REVIEW, null, who, version));
    }

    @Override
    protected List<Object> history() {
        return selfEvaluated();
    }

    /** Administrators see the planning data of a review in progress, so the version is what refuses them here. */
    @Override
    protected Actor seer() {
        return ADMIN;
    }

    @Override
    protected Actor hiddenFrom() {
        return OTHER_ROC;
    }

    @Override
    protected String unknownIdOf(Object command) {
        return ((PanelReviewCommand) command).panelReviewId();
    }

    @Test
    void aCommandOnTheVersionItsSenderSawIsAccepted() {
        fixture.given(selfEvaluated())
                .when(new SubmitSelfEvaluation(REVIEW, "se-extra", EvaluationLevel.INSTITUTION, null, "BEGELEIDING",
                        "Uitval 6%", "Gezien", "Zelfevaluatie", ROC, current()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SelfEvaluationSubmitted(REVIEW, "se-extra", EvaluationLevel.INSTITUTION, null,
                        "BEGELEIDING", "Uitval 6%", "Gezien", "Zelfevaluatie", ROC, NOW))
                .expectResultMessagePayload(current() + 1);
    }
}
