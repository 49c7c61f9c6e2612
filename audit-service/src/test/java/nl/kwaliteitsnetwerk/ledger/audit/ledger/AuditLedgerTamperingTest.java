package nl.kwaliteitsnetwerk.ledger.audit.ledger;

import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.LedgerTamperingTestBase;

/** The audit service's store tampered with: an audit's commits, a finding recorded on it, its trail. */
class AuditLedgerTamperingTest extends LedgerTamperingTestBase {

    @Override
    protected String aggregateWithHistory(ApiClient api) {
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit();
        audit.step("auditor", "/findings", AuditJourney.finding("KS1"));
        return audit.auditId;
    }

    @Override
    protected ApiClient.Response commandOn(ApiClient api, String auditId) {
        return api.post("auditor", "/audits/" + auditId + "/findings", AuditJourney.finding("KS2"));
    }

    @Override
    protected ApiClient.Response historyOf(ApiClient api, String auditId) {
        return api.get("lead", "/audits/" + auditId + "/trail");
    }
}
