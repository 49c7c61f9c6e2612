package nl.kwaliteitsnetwerk.ledger.dialogue;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.kwaliteitsnetwerk.ledger.testsupport.AnalyzeLedgerClasses;
import nl.kwaliteitsnetwerk.ledger.testsupport.ArchitectureTestBase;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dialogue service's boundaries: its domain knows no web or storage, it knows no other service, and
 * each of its three instruments (dialogue, peer review, panel review) knows neither of the others.
 */
@AnalyzeLedgerClasses
class ArchitectureTest extends ArchitectureTestBase {

    @ArchTest
    static final ArchRule dialoguesKnowNoReviews = noClasses().that().resideInAPackage("..dialogue.institutional..")
            .should().dependOnClassesThat().resideInAnyPackage("..dialogue.peerreview..", "..dialogue.panelreview..");

    @ArchTest
    static final ArchRule peerReviewsKnowNoOtherInstrument = noClasses().that().resideInAPackage("..dialogue.peerreview..")
            .should().dependOnClassesThat().resideInAnyPackage("..dialogue.institutional..", "..dialogue.panelreview..");

    @ArchTest
    static final ArchRule panelReviewsKnowNoOtherInstrument = noClasses().that().resideInAPackage("..dialogue.panelreview..")
            .should().dependOnClassesThat().resideInAnyPackage("..dialogue.institutional..", "..dialogue.peerreview..");

    ArchitectureTest() {
        super(ServicePackages.under("nl.kwaliteitsnetwerk.ledger.dialogue")
                .withDomain("..dialogue.*.api..", "..dialogue.*.command..", "..dialogue.common..")
                .withOutsideTheDomain("..dialogue.*.web..", "..dialogue.*.query..", "..dialogue.web..")
                .withMessages("..dialogue.*.api.."));
    }
}
