package nl.kwaliteitsnetwerk.ledger.audit.query;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.api.ConceptReportIssued;
import nl.kwaliteitsnetwerk.ledger.audit.api.ErratumIssued;
import nl.kwaliteitsnetwerk.ledger.audit.api.ReportDigest;
import nl.kwaliteitsnetwerk.ledger.audit.api.ReportFinalised;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.file.Files;
import java.nio.file.Path;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A concept, a final report and an erratum as they were stored before report digests existed (the pinned shapes
 * of then, in {@code src/test/resources/stored-events-before-business-dates}) read through the service's own
 * serializer without digests, and their digests are computed on read: the concept's over what it holds, the
 * erratum's over the final report's, so that they can be approved and superseded like any other version.
 */
class ReportsStoredBeforeDigestsTest extends ServiceTestBase {

    private static final Path STORED = Path.of("src/test/resources/stored-events-before-business-dates");

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    private <T extends AuditEvent> T read(Class<T> type) throws Exception {
        String json = Files.readString(STORED.resolve(type.getSimpleName() + ".json"));
        return eventSerializer.deserialize(new SimpleSerializedObject<>(json, String.class, type.getName(), null));
    }

    @Test
    void theirDigestsAreComputedOnRead() throws Exception {
        ConceptReportIssued concept = read(ConceptReportIssued.class);
        ReportFinalised finalised = read(ReportFinalised.class);
        ErratumIssued erratum = read(ErratumIssued.class);
        assertThat(concept.reportDigest()).isNull();
        assertThat(concept.standardJudgements()).isNull();
        assertThat(finalised.reportDigest()).isNull();
        assertThat(finalised.approvedDigest()).isNull();
        assertThat(erratum.supersedesDigest()).isNull();

        ReportVersionsView versions = new ReportVersionsView();
        versions.fold(concept);
        versions.fold(finalised);
        versions.fold(erratum);

        String conceptDigest = ReportDigest.ofConcept(AUDIT, 1, "Conceptrapport", null, null);
        assertThat(versions.versions).extracting(ReportVersionsView.Version::reportDigest).containsExactly(conceptDigest,
                FINAL_DIGEST, ReportDigest.ofErratum(AUDIT, FINAL_DIGEST, erratum.erratumId(), erratum.correction(),
                        erratum.reason()));
        assertThat(versions.approvals).singleElement()
                .satisfies(finalisation -> assertThat(finalisation.approvedDigest()).isEqualTo(conceptDigest));
        assertThat(versions.integrityBreak).isNull();
    }
}
