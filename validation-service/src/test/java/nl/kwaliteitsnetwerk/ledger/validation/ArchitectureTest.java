package nl.kwaliteitsnetwerk.ledger.validation;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.kwaliteitsnetwerk.ledger.testsupport.AnalyzeLedgerClasses;
import nl.kwaliteitsnetwerk.ledger.testsupport.ArchitectureTestBase;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The validation service's boundaries: its domain knows no web or storage; it knows the other services
 * only by their published contract on Kafka, never by their classes; the trail knows nothing of the committee; the supervision calendar's domain is held to the same rules.
 */
@AnalyzeLedgerClasses
class ArchitectureTest extends ArchitectureTestBase {

    @ArchTest
    static final ArchRule theTrailKnowsNoCommittee = noClasses().that().resideInAPackage("..validation.trail..")
            .should().dependOnClassesThat().resideInAnyPackage("..validation.committee..", "..validation.review..");

    ArchitectureTest() {
        super(ServicePackages.under("nl.kwaliteitsnetwerk.ledger.validation")
                .withDomain("..validation.committee.api..", "..validation.committee.command..",
                        "..validation.review.api..", "..validation.review.command..",
                        "..validation.supervision.api..", "..validation.supervision.command..")
                .withOutsideTheDomain("..committee.web..", "..committee.query..", "..review.web..", "..review.query..",
                        "..review.membership..", "..review.migration..", "..validation.trail..",
                        "..supervision.web..", "..supervision.query..", "..supervision.feed..", "..supervision.integration..")
                .withMessages("..validation.committee.api..", "..validation.review.api..", "..validation.supervision.api.."));
    }
}
