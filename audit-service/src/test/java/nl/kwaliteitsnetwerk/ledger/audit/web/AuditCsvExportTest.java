package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The CSV exports: a header row and RFC 4180 quoting in UTF-8 without a byte order mark, a cell a spreadsheet would
 * run as a formula defused, and only what the API shows the reader: the team everything, the inspectorate the public
 * part's judgements and follow-up status, the administrator (planning data) nothing, another institution a 404.
 */
class AuditCsvExportTest extends ServiceTestBase {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"klik\")", "+31 20 123", "-2+3",
            "@SUM(A1)", "Een \"citaat\", met komma\nen een tweede regel");

    @Autowired
    private WebApplicationContext context;

    private AuditPagesTest.Browser browser;

    @BeforeEach
    void browser() {
        browser = new AuditPagesTest.Browser(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build());
    }

    @Test
    void theExportsHoldWhatTheReaderMaySeeQuotedAndDefused() throws Exception {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard();
        for (String text : HOSTILE) {
            audit.step("auditor", "/findings", AuditJourney.finding("KS3").put("kind", "OBSERVATION").put("text", text));
        }
        audit.everyStandardJudged().visitClosed().conceptIssued();
        caughtUp(audit);
        String base = "/ui/audits/" + audit.auditId;

        MockHttpServletResponse findings = browser.perform("auditor", get(base + "/findings.csv")).getResponse();
        assertThat(findings.getStatus()).isEqualTo(200);
        assertThat(findings.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(findings.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"audit-" + audit.auditId + "-findings.csv\"");
        byte[] bytes = findings.getContentAsByteArray();
        assertThat(new String(bytes, 0, 10, StandardCharsets.UTF_8)).as("no byte order mark").isEqualTo("findingId,");
        List<CSVRecord> rows = parse(findings);
        assertThat(rows.get(0).values()).containsExactly("findingId", "standardCode", "kind", "text", "evidence",
                "revision", "retracted", "retractionReason", "recordedBy", "role", "recordedAt");
        assertThat(rows).hasSize(1 + 6 + HOSTILE.size());
        assertThat(rows.get(1).get(1)).isEqualTo("KS1");
        assertThat(rows.get(1).get(4)).isEqualTo("INTERVIEW: team Zorg, docenten");
        assertThat(rows.stream().skip(7).map(row -> row.get(3))).containsExactly(
                "'=HYPERLINK(\"http://x\",\"klik\")", "'+31 20 123", "'-2+3", "'@SUM(A1)",
                "Een \"citaat\", met komma\nen een tweede regel");
        assertThat(findings.getContentAsString(StandardCharsets.UTF_8))
                .as("quoted as RFC 4180 says").contains("\"Een \"\"citaat\"\", met komma\nen een tweede regel\"");

        List<CSVRecord> judgements = parse(browser.perform("lead", get(base + "/judgements.csv")).getResponse());
        assertThat(judgements.get(0).get(1)).isEqualTo("scope");
        assertThat(judgements).hasSize(1 + 6 + 1);
        assertThat(judgements.get(7).get(1)).isEqualTo("overall");

        assertThat(browser.status("inspector", base + "/judgements.csv")).as("not published").isEqualTo(404);
        assertThat(browser.status("other-roc", base + "/findings.csv")).isEqualTo(404);
        assertThat(browser.status("admin", base + "/findings.csv")).as("planning data only").isEqualTo(403);
        assertThat(browser.status("admin", base + "/follow-ups.csv")).isEqualTo(403);

        audit.commentedOn().commentDisposed().finalised().published();
        caughtUp(audit);
        assertThat(browser.status("inspector", base + "/findings.csv")).as("findings are not public").isEqualTo(403);
        List<CSVRecord> publicJudgements = parse(browser.perform("inspector", get(base + "/judgements.csv"))
                .getResponse());
        assertThat(publicJudgements.get(0).values()).containsExactly("scope", "standardCode", "value");
        assertThat(publicJudgements.get(1).values()).containsExactly("standard", "KS1", "3");
        List<CSVRecord> publicFollowUps = parse(browser.perform("inspector", get(base + "/follow-ups.csv"))
                .getResponse());
        assertThat(publicFollowUps.get(0).values())
                .containsExactly("followUpId", "standardCode", "dueDate", "status", "overdue");
        assertThat(publicFollowUps.get(1).values()).containsExactly(audit.followUpId(), "KS2",
                AuditJourney.today(clock).plusMonths(6).toString(), "OPEN", "false");
        List<CSVRecord> followUps = parse(browser.perform("roc", get(base + "/follow-ups.csv")).getResponse());
        assertThat(followUps.get(0).get(3)).isEqualTo("description");
        assertThat(followUps.get(1).get(3)).isEqualTo("Bevinding over KS2");
    }

    @Test
    void aCellThatASpreadsheetWouldRunIsDefusedAndNoOtherIs() {
        assertThat(AuditCsv.defused("=1+1")).isEqualTo("'=1+1");
        assertThat(AuditCsv.defused("\t=1")).isEqualTo("'\t=1");
        assertThat(AuditCsv.defused("1-1")).isEqualTo("1-1");
        assertThat(AuditCsv.defused(null)).isEmpty();
        assertThat(AuditCsv.defused(3)).isEqualTo("3");
    }

    private static List<CSVRecord> parse(MockHttpServletResponse response) throws IOException {
        assertThat(response.getStatus()).isEqualTo(200);
        return CSVFormat.DEFAULT.parse(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)))
                .getRecords();
    }

    private void caughtUp(AuditJourney audit) {
        AuditPagesTest.caughtUp(api(), audit);
    }
}
