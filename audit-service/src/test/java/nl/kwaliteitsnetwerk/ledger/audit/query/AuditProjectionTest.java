package nl.kwaliteitsnetwerk.ledger.audit.query;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.api.FindingRetracted;
import nl.kwaliteitsnetwerk.ledger.audit.api.FollowUpActionOpened;
import nl.kwaliteitsnetwerk.ledger.testsupport.ProjectionTestBase;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The projection without Spring: events in, query answers out, against the embedded Mongo server. */
class AuditProjectionTest extends ProjectionTestBase {

    private final AuditViewRepository repository = new AuditViewRepository(collection("audit_views"), mapper());
    private final AuditProjection projection = new AuditProjection(repository);

    private void project(List<Object> events) {
        inOrder(events, AuditEvent.class, projection::on);
    }

    @Test
    void publishedAuditReadsAsItHappened() {
        project(published());
        AuditView view = projection.handle(new FindAudit(AUDIT)).orElseThrow();
        assertThat(view.status).isEqualTo(AuditStatus.PUBLISHED);
        assertThat(view.version).isEqualTo(published().size() - 1);
        assertThat(view.findings).hasSize(6);
        assertThat(view.judgements).containsOnlyKeys("KS1", "KS2", "KS3", "KS4", "KS5", "KS6");
        assertThat(view.overallJudgement.value()).isEqualTo("3");
        assertThat(view.finalReport.improvementPointIds()).containsExactly("f-KS2");
        assertThat(view.followUps).singleElement().satisfies(f -> assertThat(f.status).isEqualTo(AuditView.FollowUpStatus.OPEN));
        assertThat(projection.handle(new FindAudits("29WT", AuditStatus.PUBLISHED))).extracting(v -> v.auditId).containsExactly(AUDIT);
        assertThat(projection.handle(new FindAudits("25LH", null))).isEmpty();
    }

    /** The fold is total: one event of every kind the audit records folds, so no kind reaches a reader as a failure. */
    @Test
    void everyKindOfAuditEventFolds() {
        List<Object> onePerKind = oneOfEachEvent();
        List<Object> everything = new ArrayList<>(published());
        // the follow-up the later events of one per kind act on, opened as a publication opens one
        everything.add(new FollowUpActionOpened(AUDIT, "fu", "f-KS2", "KS2", "Bevinding", "29WT",
                LocalDate.parse("2028-01-01"), LEAD, NOW, null));
        everything.addAll(onePerKind.subList(published().size(), onePerKind.size()));
        assertThat(everything.stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrder(AuditEvent.class.getPermittedSubclasses());
        project(everything);
        assertThat(projection.handle(new FindAudit(AUDIT)).orElseThrow().version).isEqualTo(everything.size() - 1);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        List<Object> history = findingsOnEveryStandard();
        project(history);
        AuditView once = projection.handle(new FindAudit(AUDIT)).orElseThrow();

        projection.on((AuditEvent) history.get(4), 4);
        projection.on((AuditEvent) history.get(history.size() - 1), history.size() - 1);
        AuditView twice = projection.handle(new FindAudit(AUDIT)).orElseThrow();
        assertThat(twice.findings).hasSize(6);
        assertThat(twice).usingRecursiveComparison().isEqualTo(once);
    }

    @Test
    void retractionKeepsTheFindingWithItsReason() {
        List<Object> history = plus(findingsOnEveryStandard(), new FindingRetracted(AUDIT, "f-KS1", "dubbel", AUDITOR, NOW));
        project(history);
        AuditView view = projection.handle(new FindAudit(AUDIT)).orElseThrow();
        assertThat(view.finding("f-KS1").retracted).isTrue();
        assertThat(view.finding("f-KS1").retractionReason).isEqualTo("dubbel");
        assertThat(view.finding("f-KS1").text).isEqualTo("Bevinding over KS1");
    }

    @Test
    void inABatchEachAuditIsWrittenOnceWhenTheBatchCommits() {
        List<Object> history = onSiteVisit();
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage(history.get(0)));
        project(history);
        assertThat(repository.find(AUDIT)).as("nothing written before the batch commits").isEmpty();
        batch.commit();
        assertThat(repository.find(AUDIT)).get().satisfies(view -> {
            assertThat(view.status).isEqualTo(AuditStatus.SITE_VISIT);
            assertThat(view.version).isEqualTo(history.size() - 1);
        });
    }

    @Test
    void aBatchThatFailsWritesNothing() {
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage(scheduled().get(0)));
        projection.on((AuditEvent) scheduled().get(0), 0);
        batch.rollback(new IllegalStateException("processor stopped"));
        assertThat(repository.find(AUDIT)).isEmpty();
    }

    @Test
    void unknownAuditIsEmpty() {
        assertThat(projection.handle(new FindAudit("nope"))).isEqualTo(Optional.empty());
    }
}
