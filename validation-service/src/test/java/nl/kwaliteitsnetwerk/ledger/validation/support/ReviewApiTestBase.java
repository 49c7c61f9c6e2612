package nl.kwaliteitsnetwerk.ledger.validation.support;

import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.BeforeEach;

/** What the API tests of reviews start from: the one committee composed and a final audit of 29WT in the trail. */
public abstract class ReviewApiTestBase extends ServiceTestBase {

    protected ApiClient api;
    protected String auditId;

    @BeforeEach
    void aCommitteeAndAFinalAudit() {
        api = api();
        auditId = CommitteeSetup.composedWithAFinalAuditOf29WT(api, clock);
    }
}
