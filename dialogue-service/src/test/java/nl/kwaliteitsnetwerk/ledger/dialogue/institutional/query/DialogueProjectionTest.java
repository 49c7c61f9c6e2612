package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query;

import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueEvent;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.ObservationRetracted;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueView.AgendaStatus;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.StakeholderCategory;
import nl.kwaliteitsnetwerk.ledger.testsupport.ProjectionTestBase;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command.DialogueFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The dialogue projection without Spring: events in, query answers out, against the embedded Mongo server. */
class DialogueProjectionTest extends ProjectionTestBase {

    private final DialogueProjection projection = new DialogueProjection(
            new DialogueViews(collection(DialogueViews.COLLECTION), mapper()));

    private void project(List<Object> events) {
        inOrder(events, DialogueEvent.class, projection::on);
    }

    @Test
    void aDialogueReadsAsItHappened() {
        project(oneOfEachEvent());
        DialogueView view = projection.handle(new FindDialogue(DIALOGUE)).orElseThrow();
        assertThat(view.status).isEqualTo(DialogueStatus.PUBLISHED);
        assertThat(view.version).isEqualTo(oneOfEachEvent().size() - 1);
        assertThat(view.committee()).extracting(a -> a.userId()).containsExactly("chair", "secretary", "peer", "student");
        assertThat(view.sessions).singleElement().satisfies(s -> assertThat(s.held).isTrue());
        assertThat(view.observations).extracting(o -> o.observationId + ":" + o.revision + ":" + o.retracted)
                .containsExactly("o-1:1:false", "o-2:0:true");
        assertThat(view.drafts).singleElement().satisfies(d -> assertThat(d.reaction().text()).startsWith("Herkenbaar"));
        assertThat(view.finalReport.stakeholderMix().tookPartInAssessment(StakeholderCategory.STUDENTS)).isTrue();
        assertThat(view.stakeholderMix).isEqualTo(view.finalReport.stakeholderMix());
        assertThat(view.agenda).singleElement().satisfies(item -> {
            assertThat(item.status).isEqualTo(AgendaStatus.COMPLETED);
            assertThat(item.progress).hasSize(1);
        });
        assertThat(view.declined).extracting(DialogueView.DeclinedRecommendation::recommendationId).containsExactly("R2");
        assertThat(view.preparation).extracting(DialogueView.Preparation::kind).containsExactly("QUESTIONNAIRE", "DOCUMENT");
        assertThat(projection.handle(new FindDialogues("29WT", DialogueStatus.PUBLISHED))).hasSize(1);
        assertThat(projection.handle(new FindDialogues("25LH", null))).isEmpty();
    }

    @Test
    void redeliveredEventsChangeNothing() {
        project(observed());
        DialogueView before = projection.handle(new FindDialogue(DIALOGUE)).orElseThrow();
        projection.on(new ObservationRetracted(DIALOGUE, "o-2", "te laat bezorgd", CHAIR, NOW), 3);
        DialogueView after = projection.handle(new FindDialogue(DIALOGUE)).orElseThrow();
        assertThat(after.version).isEqualTo(before.version);
        assertThat(after.observations).noneMatch(o -> o.retracted);
    }

    @Test
    void aBatchWritesEachDialogueOnceWhenItCommits() {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        project(inDialogue());
        assertThat(projection.handle(new FindDialogue(DIALOGUE))).as("nothing written before the batch commits").isEmpty();
        unitOfWork.commit();
        assertThat(projection.handle(new FindDialogue(DIALOGUE)).orElseThrow().status).isEqualTo(DialogueStatus.IN_DIALOGUE);
    }
}
