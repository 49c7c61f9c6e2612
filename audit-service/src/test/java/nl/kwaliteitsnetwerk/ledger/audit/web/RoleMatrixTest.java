package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.Pages;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Who may do and read what, user by user, against the real security configuration and rules.
 * A refused call changes nothing and answers 403 (wrong role, or not this audit's), or 404 to one who
 * may not even see the audit, exactly as for an unknown id.
 */
class RoleMatrixTest extends ServiceTestBase {

    private static final List<String> EVERYONE = List.of(
            "admin", "lead", "auditor", "auditor2", "roc", "other-roc", "council", "committee", "inspector");

    @Test
    void onlyAdministratorsScheduleAuditsAndAssignTeams() {
        ApiClient api = api();
        SoftAssertions soft = new SoftAssertions();
        AuditJourney audit = AuditJourney.schedule(api, clock);
        for (String user : except("admin")) {
            soft.assertThat(api.post(user, "/audits", ApiClient.json().put("institutionCode", "29WT")).status())
                    .as("%s schedules", user).isEqualTo(403);
            soft.assertThat(api.post(user, audit.path("/team"), ApiClient.json()).status())
                    .as("%s assigns the team", user).isEqualTo(403);
        }
        soft.assertAll();
        audit.teamAssigned();
    }

    @Test
    void onlyTheLeadAuditorOfThisAuditRecordsTheIntake() {
        assertOnly(AuditJourney.schedule(api(), clock).teamAssigned(), "/intake",
                ApiClient.json().put("heldOn", AuditJourney.today(clock).toString()).put("expectations", "x"),
                List.of("lead"), List.of());
    }

    @Test
    void onlyTheAuditTeamRecordsFindings() {
        assertOnly(AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit(), "/findings",
                AuditJourney.finding("KS1"), List.of("lead", "auditor"), List.of("auditor2"));
    }

    @Test
    void onlyTheInstitutionAndTheQualityCouncilComment() {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued();
        assertOnly(audit, "/comments", ApiClient.json().put("text", "Opmerking"), List.of("roc", "council"),
                List.of("other-roc"));
    }

    @Test
    void onlyTheAuditedInstitutionReportsFollowUpDone() {
        AuditJourney audit = published();
        assertOnly(audit, "/follow-ups/" + audit.followUpId() + "/done", ApiClient.json().put("evidence", "Gedaan"),
                List.of("roc"), List.of());
    }

    @Test
    void beforeFinalisationOnlyTeamInstitutionAndCouncilReadTheAudit() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard();
        awaitVersion(audit);
        assertReads(audit, Map.of(
                "lead", "full", "auditor", "full", "roc", "full", "council", "full", "admin", "summary",
                "auditor2", "none", "other-roc", "none", "committee", "none", "inspector", "none"));
    }

    @Test
    void theValidationCommitteeReadsAFinalReportInFull() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued().finalised();
        awaitVersion(audit);
        assertReads(audit, Map.of(
                "lead", "full", "roc", "full", "council", "full", "committee", "full", "admin", "summary",
                "auditor2", "none", "other-roc", "none", "inspector", "none"));
    }

    @Test
    void afterPublicationEveryoneReadsThePublicPart() {
        AuditJourney audit = published();
        awaitVersion(audit);
        assertReads(audit, Map.of(
                "lead", "full", "roc", "full", "council", "full", "committee", "full", "admin", "public",
                "auditor2", "public", "other-roc", "public", "inspector", "public"));
    }

    private AuditJourney published() {
        return AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued().finalised().published();
    }

    /**
     * Everyone but {@code allowed} is refused (nothing changes): those who may not see the audit
     * ({@code unseeing}, of a role the endpoint lets in) as for an unknown id, the others by role or rule;
     * then each allowed user succeeds.
     */
    private void assertOnly(AuditJourney audit, String suffix, JsonNode body, List<String> allowed,
                            List<String> unseeing) {
        ApiClient api = api();
        SoftAssertions soft = new SoftAssertions();
        long before = audit.version;
        for (String user : EVERYONE) {
            if (!allowed.contains(user)) {
                ApiClient.Response refused = api.post(user, audit.path(suffix), body);
                soft.assertThat(refused.status()).as("%s on %s", user, suffix).isEqualTo(unseeing.contains(user) ? 404 : 403);
                soft.assertThat(refused.isProblem()).as("%s gets problem+json", user).isTrue();
            }
        }
        for (String user : allowed) {
            ApiClient.Response accepted = api.post(user, audit.path(suffix), body);
            soft.assertThat(accepted.status()).as("%s on %s: %s", user, suffix, accepted.raw()).isEqualTo(200);
            soft.assertThat(accepted.body().path("version").asLong()).as("%s's version", user).isEqualTo(++before);
        }
        soft.assertAll();
    }

    private void assertReads(AuditJourney audit, Map<String, String> expected) {
        ApiClient api = api();
        SoftAssertions soft = new SoftAssertions();
        expected.forEach((user, level) -> {
            ApiClient.Response response = api.get(user, audit.path(""));
            boolean inList = Pages.values(api, user, "/audits?institution=29WT&limit=200", "auditId").contains(audit.auditId);
            switch (level) {
                case "full" -> {
                    soft.assertThat(response.status()).as("%s reads", user).isEqualTo(200);
                    soft.assertThat(response.body().has("findings")).as("%s sees findings", user).isTrue();
                    soft.assertThat(api.get(user, audit.path("/trail")).status()).as("%s reads the trail", user).isEqualTo(200);
                }
                case "summary" -> {
                    soft.assertThat(response.status()).as("%s reads", user).isEqualTo(200);
                    soft.assertThat(response.body().has("findings")).as("%s sees findings", user).isFalse();
                    soft.assertThat(response.body().path("status").isMissingNode()).as("%s sees status", user).isFalse();
                    soft.assertThat(api.get(user, audit.path("/trail")).status()).as("%s reads the trail", user).isEqualTo(403);
                }
                case "public" -> {
                    soft.assertThat(response.status()).as("%s reads", user).isEqualTo(200);
                    soft.assertThat(response.body().has("publicSummary")).as("%s sees the summary", user).isTrue();
                    soft.assertThat(response.raw()).as("%s sees no findings", user).doesNotContain("Bevinding over");
                    soft.assertThat(api.get(user, audit.path("/trail")).status()).as("%s reads the trail", user).isEqualTo(403);
                }
                default -> {
                    soft.assertThat(response.status()).as("%s reads", user).isEqualTo(404);
                    soft.assertThat(api.get(user, audit.path("/trail")).status()).as("%s reads the trail", user).isEqualTo(404);
                }
            }
            soft.assertThat(inList).as("%s finds it in the list", user).isEqualTo(!level.equals("none"));
        });
        soft.assertAll();
    }

    private void awaitVersion(AuditJourney audit) {
        ApiClient api = api();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("lead", audit.path("")).body()
                .path("version").asLong(-1) >= audit.version);
    }

    private static List<String> except(String user) {
        return EVERYONE.stream().filter(u -> !u.equals(user)).toList();
    }
}
