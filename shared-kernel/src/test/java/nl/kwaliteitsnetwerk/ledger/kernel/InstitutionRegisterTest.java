package nl.kwaliteitsnetwerk.ledger.kernel;

import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionNames;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRule;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.RegisteredInstitution;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstitutionRegisterTest {

    private final InstitutionRegister register = InstitutionRegister.shipped();

    @Test
    void theSeedsInstitutionIsRegisteredUnderItsCodeBoardNumberAndNames() {
        RegisteredInstitution bm = register.byCode(" 29wt").orElseThrow();
        assertThat(bm.boardNumber()).isEqualTo(21274);
        assertThat(bm.name()).isEqualTo("Business Marketing Services B.V.");
        assertThat(register.byName("BM-Services")).contains(bm);
        assertThat(register.byName("business marketing services bv")).contains(bm);
        assertThat(register.version()).isEqualTo("2026-1");
    }

    @Test
    void namesAreComparedWithoutCaseWidthPunctuationAccentsOrLegalForm() {
        String normal = InstitutionNames.normal("Business Marketing Services B.V.");
        assertThat(InstitutionNames.normal("BUSINESS  marketing services, b.v.")).isEqualTo(normal);
        assertThat(InstitutionNames.normal("Ｂｕｓｉｎｅｓｓ Marketing Services")).isEqualTo(normal);
        assertThat(InstitutionNames.normal("Stichting Business Marketing Services")).isEqualTo(normal);
        assertThat(InstitutionNames.normal("Sociéte")).isEqualTo(InstitutionNames.normal("societe"));
        assertThat(InstitutionNames.normal("Business Services")).isNotEqualTo(normal);
        assertThat(InstitutionNames.normal(" B.V. ")).isEmpty();
        assertThat(InstitutionNames.normal(null)).isEmpty();
    }

    @Test
    void anAffiliationNamingAnInstitutionWithoutItsCodeResolvesToIt() {
        assertThat(register.resolve("Business Marketing Services B.V.", null).institutionCode()).isEqualTo("29WT");
        assertThat(register.resolve("BM Services", " ").institutionCode()).isEqualTo("29WT");
        assertThat(register.resolve("Business Marketing Services B.V.", null).isWith("29wt")).isTrue();
    }

    @Test
    void anAffiliationThatAddsAPlaceOrDepartmentToARegisteredNameResolvesToIt() {
        assertThat(register.resolve("Business Marketing Services B.V. (Amsterdam)", null).institutionCode()).isEqualTo("29WT");
        assertThat(register.resolve("BM Services, locatie Rotterdam", null).institutionCode()).isEqualTo("29WT");
        assertThat(register.resolve("Marketing Services Nederland", null).institutionCode())
                .as("part of a name is not the name").isNull();
    }

    @Test
    void anAffiliationNamingTwoRegisteredInstitutionsMustSayWhichWithItsCode() {
        assertThatThrownBy(() -> register.resolve("Samenwerking BM Services en ROC Elders", null))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errorCode()).isEqualTo(InstitutionRule.AFFILIATION_CONFLICT));
        assertThat(register.resolve("Samenwerking BM Services en ROC Elders", "25LH").institutionCode())
                .as("with a code, a name it contains decides nothing").isEqualTo("25LH");
    }

    @Test
    void anAffiliationWithNoRegisteredInstitutionHasNoCode() {
        assertThat(register.resolve("Adviesbureau Kwaliteit & Co", null).institutionCode()).isNull();
        assertThat(register.resolve("Adviesbureau Kwaliteit & Co", null).isWith("29WT")).isFalse();
        assertThat(register.resolve(null, null).institutionCode()).isNull();
    }

    @Test
    void aCodeDecidesAndAnUnregisteredCodeIsKeptNormalised() {
        assertThat(register.resolve("ROC Elders", "25lh").institutionCode()).isEqualTo("25LH");
        assertThat(register.resolve("Hogeschool Ergens", "99zz").institutionCode()).isEqualTo("99ZZ");
    }

    @Test
    void anAffiliationWhoseNameIsAnotherInstitutionsContradictsItsCode() {
        assertThatThrownBy(() -> register.resolve("Business Marketing Services B.V.", "25LH"))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errorCode()).isEqualTo(InstitutionRule.AFFILIATION_CONFLICT));
    }

    @Test
    void anInstitutionIsRecordedAsTheRegisterHasIt() {
        assertThat(register.require(new InstitutionRef("29wt", 21274, "BM Services")))
                .isEqualTo(new InstitutionRef("29WT", 21274, "Business Marketing Services B.V."));
    }

    @Test
    void anUnknownCodeOrAnotherNameOrBoardNumberIsRefused() {
        assertRefused(() -> register.require(new InstitutionRef("99ZZ", 1, "Nergens")), InstitutionRule.UNKNOWN_INSTITUTION);
        assertRefused(() -> register.require(new InstitutionRef("29WT", 21274, "ROC Elders")), InstitutionRule.INSTITUTION_MISMATCH);
        assertRefused(() -> register.require(new InstitutionRef("29WT", 30105, "BM Services")), InstitutionRule.INSTITUTION_MISMATCH);
    }

    @Test
    void aVersionGivingOneNameToTwoInstitutionsDoesNotLoad() {
        RegisteredInstitution a = new RegisteredInstitution("10AA", 1, "ROC Een", List.of("Het ROC"), true);
        RegisteredInstitution b = new RegisteredInstitution("20BB", 2, "ROC Twee", List.of("het roc"), true);
        assertThatThrownBy(() -> InstitutionRegister.of("test", List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("het roc");
    }

    @Test
    void theDisplayNameIsTheRegistersOrTheCode() {
        assertThat(register.displayName("29WT")).isEqualTo("Business Marketing Services B.V.");
        assertThat(register.displayName("99ZZ")).isEqualTo("99ZZ");
    }

    private static void assertRefused(Runnable call, InstitutionRule rule) {
        assertThatThrownBy(call::run).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errorCode()).isEqualTo(rule));
    }
}
