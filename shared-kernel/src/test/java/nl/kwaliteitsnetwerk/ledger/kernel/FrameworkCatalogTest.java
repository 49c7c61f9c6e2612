package nl.kwaliteitsnetwerk.ledger.kernel;

import nl.kwaliteitsnetwerk.ledger.kernel.framework.AssessmentFramework;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrameworkCatalogTest {

    private final FrameworkCatalog catalog = FrameworkCatalog.shipped();

    @Test
    void networkAuditFrameworkHasSixStandardsJudgedOnFiveQualityProfiles() {
        AssessmentFramework framework = catalog.find(new FrameworkRef("kwaliteitsnetwerk-instellingsaudit", "2013")).orElseThrow();
        assertThat(framework.standardCodes()).containsExactly("KS1", "KS2", "KS3", "KS4", "KS5", "KS6");
        assertThat(framework.overallScale()).extracting("code").containsExactly("1", "2", "3", "4", "5");
        assertThat(framework.overallJudgementName()).isEqualTo("kwaliteitsprofiel");
        assertThat(framework.allowsStandardJudgement("5")).isTrue();
        assertThat(framework.allowsStandardJudgement("6")).isFalse();
    }

    @Test
    void inspectorateFrameworkHasBka1To3JudgedVoldoendeOrOnvoldoende() {
        AssessmentFramework framework = catalog.find(new FrameworkRef("inspectie-onderzoekskader-mbo-bka", "2021")).orElseThrow();
        assertThat(framework.standardCodes()).containsExactly("BKA1", "BKA2", "BKA3");
        assertThat(framework.allowsOverallJudgement("ONVOLDOENDE")).isTrue();
        assertThat(framework.allowsOverallJudgement("3")).isFalse();
    }

    @Test
    void referenceValuesModelHasItsFourEducationStandardsAndNoOverallJudgement() {
        AssessmentFramework framework = catalog.find(new FrameworkRef("referentiewaardenmodel-mbo", "2024-proeftuin")).orElseThrow();
        assertThat(framework.standardCodes())
                .containsExactly("BEGELEIDING", "LEERPROCES", "LEEROMGEVING", "TOETSING_EN_AFSLUITING");
        assertThat(framework.allowsStandardJudgement("OP_REFERENTIEWAARDE")).isTrue();
        assertThat(framework.allowsStandardJudgement("VOLDOENDE")).isFalse();
        assertThat(framework.overallScale()).isEmpty();
    }

    @Test
    void anotherVersionIsAnotherFramework() {
        assertThat(catalog.find(new FrameworkRef("kwaliteitsnetwerk-instellingsaudit", "2017"))).isEmpty();
    }
}
