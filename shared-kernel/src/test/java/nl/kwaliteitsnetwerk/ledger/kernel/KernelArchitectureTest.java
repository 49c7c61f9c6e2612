package nl.kwaliteitsnetwerk.ledger.kernel;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shared kernel crosses service boundaries, so it carries no framework and no service code. */
@AnalyzeClasses(packages = "nl.kwaliteitsnetwerk.ledger.kernel", importOptions = ImportOption.DoNotIncludeTests.class)
class KernelArchitectureTest {

    @ArchTest
    static final ArchRule noSpringOrAxon = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.axonframework..", "jakarta.persistence..", "com.mongodb..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule noServiceCode = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("nl.kwaliteitsnetwerk.ledger.audit..", "nl.kwaliteitsnetwerk.ledger.platform..",
                    "nl.kwaliteitsnetwerk.ledger.stack..");
}
