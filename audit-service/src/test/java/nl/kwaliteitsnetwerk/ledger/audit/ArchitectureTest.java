package nl.kwaliteitsnetwerk.ledger.audit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The audit service's boundaries: its domain knows no web or storage, and it knows no other service. */
@AnalyzeClasses(packages = "nl.kwaliteitsnetwerk.ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainHasNoWebOrPersistence = noClasses()
            .that().resideInAnyPackage("..audit.api..", "..audit.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.data..", "com.mongodb..", "org.bson..",
                    "jakarta.servlet..", "org.apache.kafka..", "..audit.web..", "..audit.query..", "..platform..");

    @ArchTest
    static final ArchRule messagesAreRecordsOrEnums = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .that().resideInAPackage("..audit.api..").and().areNotInterfaces()
            .should().beRecords().orShould().beEnums();

    @ArchTest
    static final ArchRule noOtherServiceIsImported = noClasses()
            .that().resideInAPackage("nl.kwaliteitsnetwerk.ledger.audit..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.kwaliteitsnetwerk.ledger.dialogue..", "nl.kwaliteitsnetwerk.ledger.validation..",
                    "nl.kwaliteitsnetwerk.ledger.stack..");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices()
            .matching("nl.kwaliteitsnetwerk.ledger.audit.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule platformKnowsNoService = noClasses()
            .that().resideInAPackage("nl.kwaliteitsnetwerk.ledger.platform..")
            .should().dependOnClassesThat().resideInAPackage("nl.kwaliteitsnetwerk.ledger.audit..");
}
