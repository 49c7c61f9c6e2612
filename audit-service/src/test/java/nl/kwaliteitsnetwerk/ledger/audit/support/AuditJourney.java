package nl.kwaliteitsnetwerk.ledger.audit.support;

import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.RegisteredInstitution;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Takes one audit through its lifecycle over the HTTP API, step by step, as the demo users would,
 * asserting each step is accepted. Tests stop it at the stage they need.
 */
public final class AuditJourney {

    public static final List<String> STANDARDS = List.of("KS1", "KS2", "KS3", "KS4", "KS5", "KS6");

    private final ApiClient api;
    private final MutableClock clock;
    public final String auditId;
    public final Map<String, String> findingIds = new LinkedHashMap<>();
    public long version;
    private String commentId;

    private AuditJourney(ApiClient api, MutableClock clock, String auditId) {
        this.api = api;
        this.clock = clock;
        this.auditId = auditId;
    }

    public static AuditJourney schedule(ApiClient api, MutableClock clock) {
        return schedule(api, clock, scheduling(clock));
    }

    /** An audit scheduled with {@code body}, such as {@link #scheduling} with another institution or date. */
    public static AuditJourney schedule(ApiClient api, MutableClock clock, ObjectNode body) {
        ApiClient.Response response = api.post("admin", "/audits", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return new AuditJourney(api, clock, response.text("id"));
    }

    /** An audit of Business Marketing Services B.V. planned three months from the service's today. */
    public static ObjectNode scheduling(MutableClock clock) {
        return ApiClient.json()
                .put("institutionCode", "29WT").put("boardNumber", 21274).put("institutionName",
                        "Business Marketing Services B.V.")
                .put("kind", "INSTITUTIONAL").put("plannedDate", today(clock).plusMonths(3).toString())
                .put("frameworkId", "kwaliteitsnetwerk-instellingsaudit").put("frameworkVersion", "2013");
    }

    /** An audit of {@code institutionCode}, under the board number and name the institution register gives it. */
    public static ObjectNode scheduling(MutableClock clock, String institutionCode) {
        RegisteredInstitution institution = InstitutionRegister.shipped().byCode(institutionCode).orElseThrow();
        return scheduling(clock).put("institutionCode", institution.code())
                .put("boardNumber", institution.boardNumber()).put("institutionName", institution.name());
    }

    /** The service's today, as its date windows see it. */
    public static LocalDate today(MutableClock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    public AuditJourney teamAssigned() {
        ObjectNode body = ApiClient.json();
        body.putObject("leadAuditor").put("userId", "lead").put("name", "Lea Lead").put("affiliation", "ROC Elders")
                .put("affiliationInstitutionCode", "25LH");
        body.putArray("auditors").addObject().put("userId", "auditor").put("name", "Aad Auditor")
                .put("affiliation", "Kwaliteitsnetwerk mbo");
        return step("admin", "/team", body);
    }

    public AuditJourney intakeHeld() {
        return step("lead", "/intake", ApiClient.json().put("heldOn", today(clock).toString())
                .put("expectations", "Focus op BPV"));
    }

    public AuditJourney onSiteVisit() {
        return step("lead", "/site-visit", ApiClient.json());
    }

    public AuditJourney findingsOnEveryStandard() {
        for (String standard : STANDARDS) {
            ApiClient.Response response = expectOk(api.post("auditor", path("/findings"), finding(standard)));
            findingIds.put(standard, response.text("createdId"));
            version = response.body().path("version").asLong();
        }
        return this;
    }

    public static ObjectNode finding(String standard) {
        ObjectNode body = ApiClient.json().put("standardCode", standard)
                .put("kind", standard.equals("KS2") ? "IMPROVEMENT_POINT" : "STRENGTH")
                .put("text", "Bevinding over " + standard);
        body.putArray("evidence").addObject().put("kind", "INTERVIEW").put("reference", "team Zorg, docenten");
        return body;
    }

    public AuditJourney everyStandardJudged() {
        for (String standard : STANDARDS) {
            step("lead", "/judgements", ApiClient.json().put("standardCode", standard).put("value", "3")
                    .put("rationale", "Integraal systeem"));
        }
        return step("lead", "/overall-judgement", ApiClient.json().put("value", "3").put("rationale", "Integraal"));
    }

    public AuditJourney visitClosed() {
        return step("lead", "/oral-feedback", ApiClient.json().put("summary", "Dank voor de openheid"));
    }

    public AuditJourney conceptIssued() {
        return step("lead", "/concept-report", ApiClient.json().put("reportText", "Conceptrapport")
                .put("commentDeadline", clock.instant().plus(Duration.ofDays(14)).toString()));
    }

    public AuditJourney commentedOn() {
        ApiClient.Response response = expectOk(api.post("roc", path("/comments"),
                ApiClient.json().put("standardCode", "KS2").put("text", "Graag nuanceren")));
        commentId = response.text("createdId");
        version = response.body().path("version").asLong();
        return this;
    }

    public AuditJourney commentDisposed() {
        return step("lead", "/comments/" + commentId + "/disposition",
                ApiClient.json().put("disposition", "ACCEPTED_WITH_CHANGE").put("explanation", "KS2 genuanceerd"));
    }

    /** The finalisation approves the concept as the lead auditor reads it: it cites that version's digest. */
    public AuditJourney finalised() {
        clock.advance(Duration.ofDays(15));
        return step("lead", "/final-report", ApiClient.json().put("reportText", "Eindrapport")
                .put("approvedDigest", reportDigest()));
    }

    /**
     * The content digest of the report version in force, as the lead auditor's view of the audit shows it once the
     * view has caught up with the last step.
     */
    public String reportDigest() {
        ApiClient.Response audit = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("lead", path("")),
                read -> read.status() == 200 && read.body().path("version").asLong() >= version);
        return audit.body().path("reportVersions").path("currentDigest").asText();
    }

    public AuditJourney published() {
        ObjectNode body = ApiClient.json().put("summary",
                "Business Marketing Services B.V. heeft een integraal kwaliteitssysteem.");
        body.putObject("followUpDueDates").put(findingIds.get("KS2"),
                today(clock).plusMonths(6).toString());
        return step("lead", "/publication", body);
    }

    public String followUpId() {
        return "fu-" + findingIds.get("KS2");
    }

    public String path(String suffix) {
        return "/audits/" + auditId + suffix;
    }

    public AuditJourney step(String user, String suffix, Object body) {
        version = expectOk(api.post(user, path(suffix), body)).body().path("version").asLong();
        return this;
    }

    private static ApiClient.Response expectOk(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response;
    }
}
