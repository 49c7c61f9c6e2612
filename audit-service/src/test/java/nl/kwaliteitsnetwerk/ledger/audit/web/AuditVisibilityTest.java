package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.AggregateVisibility;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The service's one answer to "may this caller know that aggregate exists", by the rule every read of an audit follows. */
class AuditVisibilityTest extends ServiceTestBase {

    private static final Caller LEAD = new Caller("lead", Set.of(Role.LEAD_AUDITOR, Role.AUDITOR), null);
    private static final Caller ROC = new Caller("roc", Set.of(Role.INSTITUTION), "29WT");
    private static final Caller OTHER_ROC = new Caller("other-roc", Set.of(Role.INSTITUTION), "25LH");
    private static final Caller OTHER_AUDITOR = new Caller("auditor2", Set.of(Role.AUDITOR), null);
    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMINISTRATOR), null);

    @Autowired
    private AggregateVisibility visibility;

    @Test
    void anAuditIsVisibleToWhoMayReadItAndToNobodyElse() {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned();
        await().atMost(Duration.ofSeconds(20)).until(() -> visibility.visibleTo(LEAD, audit.auditId));

        assertThat(visibility.visibleTo(ROC, audit.auditId)).isTrue();
        assertThat(visibility.visibleTo(ADMIN, audit.auditId)).as("its planning data").isTrue();
        assertThat(visibility.visibleTo(OTHER_ROC, audit.auditId)).isFalse();
        assertThat(visibility.visibleTo(OTHER_AUDITOR, audit.auditId)).isFalse();
    }

    @Test
    void anUnknownIdIsVisibleToNobody() {
        assertThat(visibility.visibleTo(ADMIN, UUID.randomUUID().toString())).isFalse();
    }
}
