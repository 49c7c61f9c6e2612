package nl.kwaliteitsnetwerk.ledger.dialogue;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The dialogue service's boundaries: its domain knows no web or storage, and it knows no other service. */
@AnalyzeClasses(packages = "nl.kwaliteitsnetwerk.ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainHasNoWebOrPersistence = noClasses()
            .that().resideInAnyPackage("..dialogue.*.api..", "..dialogue.*.command..", "..dialogue.common..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.mongodb..", "org.bson..", "jakarta.servlet..", "org.apache.kafka..",
                    "..dialogue.*.web..", "..dialogue.*.query..", "..dialogue.web..", "..platform..");

    @ArchTest
    static final ArchRule messagesAreRecordsOrEnums = classes()
            .that().resideInAPackage("..dialogue.*.api..").and().areNotInterfaces()
            .should().beRecords().orShould().beEnums();

    @ArchTest
    static final ArchRule noOtherServiceIsImported = noClasses()
            .that().resideInAPackage("nl.kwaliteitsnetwerk.ledger.dialogue..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.kwaliteitsnetwerk.ledger.audit..", "nl.kwaliteitsnetwerk.ledger.validation..",
                    "nl.kwaliteitsnetwerk.ledger.stack..");

    @ArchTest
    static final ArchRule dialoguesKnowNoReviews = noClasses().that().resideInAPackage("..dialogue.institutional..")
            .should().dependOnClassesThat().resideInAnyPackage("..dialogue.peerreview..", "..dialogue.panelreview..");

    @ArchTest
    static final ArchRule peerReviewsKnowNoOtherInstrument = noClasses().that().resideInAPackage("..dialogue.peerreview..")
            .should().dependOnClassesThat().resideInAnyPackage("..dialogue.institutional..", "..dialogue.panelreview..");

    @ArchTest
    static final ArchRule panelReviewsKnowNoOtherInstrument = noClasses().that().resideInAPackage("..dialogue.panelreview..")
            .should().dependOnClassesThat().resideInAnyPackage("..dialogue.institutional..", "..dialogue.peerreview..");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices()
            .matching("nl.kwaliteitsnetwerk.ledger.dialogue.(*)..").should().beFreeOfCycles();
}
