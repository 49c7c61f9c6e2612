package nl.kwaliteitsnetwerk.ledger.audit;

import nl.kwaliteitsnetwerk.ledger.testsupport.AnalyzeLedgerClasses;
import nl.kwaliteitsnetwerk.ledger.testsupport.ArchitectureTestBase;

/** The audit service's boundaries: its domain knows no web or storage, and it knows no other service. */
@AnalyzeLedgerClasses
class ArchitectureTest extends ArchitectureTestBase {

    ArchitectureTest() {
        super(ServicePackages.under("nl.kwaliteitsnetwerk.ledger.audit")
                .withDomain("..audit.api..", "..audit.command..")
                .withOutsideTheDomain("..audit.web..", "..audit.query..")
                .withMessages("..audit.api.."));
    }
}
