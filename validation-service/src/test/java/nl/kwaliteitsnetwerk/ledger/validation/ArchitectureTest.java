package nl.kwaliteitsnetwerk.ledger.validation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The validation service's boundaries: its domain knows no web or storage; it knows the other services
 * only by their published contract on Kafka, never by their classes; the trail knows nothing of the committee.
 */
@AnalyzeClasses(packages = "nl.kwaliteitsnetwerk.ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainHasNoWebOrPersistence = noClasses()
            .that().resideInAnyPackage("..validation.committee.api..", "..validation.committee.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.mongodb..", "org.bson..", "jakarta.servlet..", "org.apache.kafka..",
                    "..committee.web..", "..committee.query..", "..validation.trail..", "..platform..");

    @ArchTest
    static final ArchRule messagesAreRecordsOrEnums = classes()
            .that().resideInAPackage("..validation.committee.api..").and().areNotInterfaces()
            .should().beRecords().orShould().beEnums();

    @ArchTest
    static final ArchRule noOtherServiceIsImported = noClasses()
            .that().resideInAPackage("nl.kwaliteitsnetwerk.ledger.validation..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.kwaliteitsnetwerk.ledger.audit..", "nl.kwaliteitsnetwerk.ledger.dialogue..",
                    "nl.kwaliteitsnetwerk.ledger.stack..");

    @ArchTest
    static final ArchRule theTrailKnowsNoCommittee = noClasses().that().resideInAPackage("..validation.trail..")
            .should().dependOnClassesThat().resideInAPackage("..validation.committee..");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices()
            .matching("nl.kwaliteitsnetwerk.ledger.validation.(*)..").should().beFreeOfCycles();
}
