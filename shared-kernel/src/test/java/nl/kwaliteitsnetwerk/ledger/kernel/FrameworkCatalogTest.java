package nl.kwaliteitsnetwerk.ledger.kernel;

import nl.kwaliteitsnetwerk.ledger.kernel.framework.AssessmentFramework;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkTranslation;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.ScaleValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

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
    void inspectorateFramework2017HasKa1To3AndItsTranslationTo2021() {
        FrameworkRef ka2017 = new FrameworkRef("inspectie-onderzoekskader-mbo-ka", "2017");
        FrameworkRef bka2021 = new FrameworkRef("inspectie-onderzoekskader-mbo-bka", "2021");
        assertThat(catalog.find(ka2017).orElseThrow().standardCodes()).containsExactly("KA1", "KA2", "KA3");
        FrameworkTranslation translation = catalog.translation(ka2017, bka2021).orElseThrow();
        assertThat(translation.authority()).isEqualTo("Inspectie van het Onderwijs");
        assertThat(translation.decidedOn()).isEqualTo(LocalDate.of(2021, 8, 1));
        assertThat(translation.translate("KA1")).containsExactly("BKA1", "BKA2", "BKA3");
        assertThat(translation.translate("KA3")).containsExactly("BKA3");
        assertThat(translation.translate("KS1")).isEmpty();
        assertThat(catalog.translation(bka2021, ka2017)).as("a translation has a direction").isEmpty();
    }

    @Test
    void onlyValuesTheFrameworkCallsSufficientAreSufficient() {
        AssessmentFramework bka = catalog.find(new FrameworkRef("inspectie-onderzoekskader-mbo-bka", "2021")).orElseThrow();
        assertThat(bka.standardScale()).filteredOn(ScaleValue::isSufficient).extracting("code").containsExactly("VOLDOENDE");
        AssessmentFramework profiles = catalog.find(new FrameworkRef("kwaliteitsnetwerk-instellingsaudit", "2013")).orElseThrow();
        assertThat(profiles.standardScale()).as("a quality profile is not pass or fail").noneMatch(ScaleValue::isSufficient);
    }

    @Test
    void anotherVersionIsAnotherFramework() {
        assertThat(catalog.find(new FrameworkRef("kwaliteitsnetwerk-instellingsaudit", "2017"))).isEmpty();
    }
}
