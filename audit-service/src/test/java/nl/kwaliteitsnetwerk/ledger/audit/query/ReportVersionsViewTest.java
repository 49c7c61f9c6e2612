package nl.kwaliteitsnetwerk.ledger.audit.query;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.api.BoardReactionRecorded;
import nl.kwaliteitsnetwerk.ledger.audit.api.ConceptReportIssued;
import nl.kwaliteitsnetwerk.ledger.audit.api.ErratumIssued;
import nl.kwaliteitsnetwerk.ledger.audit.api.ReportDigest;
import nl.kwaliteitsnetwerk.ledger.audit.api.ReportFinalised;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The view's section on report versions and approvals, folded from events as the projection and asOf fold them. */
class ReportVersionsViewTest {

    private static AuditView fold(List<Object> events) {
        AuditView view = new AuditView();
        for (int i = 0; i < events.size(); i++) {
            AuditViewFolder.apply(view, (AuditEvent) events.get(i), i);
        }
        return view;
    }

    private static BoardReactionRecorded reacted(String digest) {
        return new BoardReactionRecorded(AUDIT, "Reactie van het bestuur", digest, ROC, NOW);
    }

    @Test
    void eachVersionIsListedWithItsDigestAndTheVersionItSupersedes() {
        ReportVersionsView versions = fold(plus(finalised(), erratum("e1", FINAL_DIGEST))).reportVersions;
        String erratumDigest = erratum("e1", FINAL_DIGEST).reportDigest();
        assertThat(versions.versions).extracting(ReportVersionsView.Version::version)
                .containsExactly("concept-1", "final", "erratum-e1");
        assertThat(versions.versions).extracting(ReportVersionsView.Version::reportDigest)
                .containsExactly(CONCEPT_DIGEST, FINAL_DIGEST, erratumDigest);
        assertThat(versions.versions.get(2).supersedesDigest()).isEqualTo(FINAL_DIGEST);
        assertThat(versions.currentDigest).isEqualTo(erratumDigest);
        assertThat(versions.integrityBreak).isNull();
    }

    @Test
    void approvalsStandUntilAnErratumMakesThemStaleAndNameIt() {
        ReportVersionsView current = fold(plus(finalised(), reacted(FINAL_DIGEST))).reportVersions;
        assertThat(current.approvals).extracting(ReportVersionsView.Approval::what)
                .containsExactly(ReportVersionsView.FINALISATION, ReportVersionsView.BOARD_REACTION);
        assertThat(current.approvals).extracting(ReportVersionsView.Approval::approvedDigest)
                .containsExactly(CONCEPT_DIGEST, FINAL_DIGEST);
        assertThat(current.approvals).noneMatch(ReportVersionsView.Approval::stale);

        ErratumIssued erratum = erratum("e1", FINAL_DIGEST);
        ReportVersionsView stale = fold(plus(finalised(), reacted(FINAL_DIGEST), erratum,
                reacted(erratum.reportDigest()))).reportVersions;
        assertThat(stale.approvals).extracting(ReportVersionsView.Approval::stale).containsExactly(true, true, false);
        assertThat(stale.approvals.subList(0, 2)).allSatisfy(approval -> assertThat(approval.madeStaleBy())
                .isEqualTo(new ReportVersionsView.StaleBy("erratum-e1", "e1", erratum.reportDigest())));
    }

    @Test
    void aStoredDigestThatIsNotTheDigestOfItsContentIsABreakThatTheFoldGoesOnPast() {
        List<Object> events = new ArrayList<>(finalised());
        ReportFinalised stored = (ReportFinalised) events.remove(events.size() - 1);
        events.add(new ReportFinalised(AUDIT, "Eindrapport, achteraf gewijzigd", stored.framework(),
                stored.standardJudgements(), stored.overallJudgement(), stored.improvementPointIds(),
                stored.approvedDigest(), stored.reportDigest(), stored.actor(), stored.occurredAt(), null, null));
        events.add(erratum("e1", FINAL_DIGEST));
        AuditView view = fold(events);
        assertThat(view.reportVersions.integrityBreak).startsWith("report-digest-mismatch").contains("final report");
        assertThat(view.version).as("the projection does not stop at it").isEqualTo(events.size() - 1);
    }

    @Test
    void reportsStoredBeforeDigestsHaveTheirDigestsComputed() {
        List<Object> events = new ArrayList<>(visitClosed());
        events.add(new ConceptReportIssued(AUDIT, 1, "Conceptrapport", DEADLINE, null, null, null, LEAD, NOW, null));
        events.add(new ReportFinalised(AUDIT, "Eindrapport", NETWORK_FRAMEWORK, JUDGED, "3", List.of("f-KS2"),
                null, null, LEAD, DEADLINE.plusSeconds(1), null, null));
        events.add(new ErratumIssued(AUDIT, "e1", "x", "y", null, null, LEAD, ERRATUM_AT, null));
        ReportVersionsView versions = fold(events).reportVersions;
        String oldConcept = ReportDigest.ofConcept(AUDIT, 1, "Conceptrapport", null, null);
        assertThat(versions.versions).extracting(ReportVersionsView.Version::reportDigest)
                .containsExactly(oldConcept, FINAL_DIGEST, erratum("e1", FINAL_DIGEST).reportDigest());
        assertThat(versions.approvals).singleElement().satisfies(finalisation -> {
            assertThat(finalisation.approvedDigest()).as("the concept it finalised").isEqualTo(oldConcept);
            assertThat(finalisation.stale()).isTrue();
        });
        assertThat(versions.integrityBreak).isNull();
    }
}
