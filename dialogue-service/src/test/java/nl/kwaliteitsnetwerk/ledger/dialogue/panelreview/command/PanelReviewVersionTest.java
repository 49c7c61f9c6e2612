package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.*;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.ExpectedVersionRuleTest;
import org.junit.jupiter.api.Test;

import static nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.command.PanelReviewFixtures.*;

/**
 * A command acts only on the version of the panel review its sender saw, compared by the review itself once
 * it has decided the sender may see it: another institution learns no version, and one behind or ahead is stale.
 */
class PanelReviewVersionTest extends ExpectedVersionRuleTest<PanelReview> {

    /** Administrators see the planning data of a review in progress, so the version is what refuses them here. */
    PanelReviewVersionTest() {
        super(PanelReviewFixtures.fixture(new MutableClock(NOW)), PanelReview.class,
                new Stage(selfEvaluated(), ADMIN, OTHER_ROC, command -> ((PanelReviewCommand) command).panelReviewId()),
                (who, version) -> new ComposePanel(REVIEW, null, null, who, version),
                (who, version) -> new SubmitSelfEvaluation(REVIEW, null, null, null, null, null, null, null, who, version),
                (who, version) -> new JudgePanelStandard(REVIEW, null, null, null, null, null, who, version),
                (who, version) -> new IssuePanelReport(REVIEW, null, who, version),
                (who, version) -> new ReactToPanelReport(REVIEW, null, reportDigest(), who, version),
                (who, version) -> new PublishPanelReport(REVIEW, null, who, version));
    }

    @Test
    void aCommandOnTheVersionItsSenderSawIsAccepted() {
        accepted(selfEvaluated(),
                new SubmitSelfEvaluation(REVIEW, "se-extra", EvaluationLevel.INSTITUTION, null, "BEGELEIDING",
                        "Uitval 6%", "Gezien", "Zelfevaluatie", ROC, current()),
                new SelfEvaluationSubmitted(REVIEW, "se-extra", EvaluationLevel.INSTITUTION, null,
                        "BEGELEIDING", "Uitval 6%", "Gezien", "Zelfevaluatie", ROC, NOW));
    }
}
