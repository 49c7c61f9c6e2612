package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The classes an architecture test checks: the ledger's main code on the test classpath. ArchUnit
 * ignores an {@code @AnalyzeClasses} inherited from a base class, so each concrete test carries this.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@AnalyzeClasses(packages = "nl.kwaliteitsnetwerk.ledger", importOptions = ImportOption.DoNotIncludeTests.class)
public @interface AnalyzeLedgerClasses {
}
