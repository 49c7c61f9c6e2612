package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.audit.query.AuditView;
import nl.kwaliteitsnetwerk.ledger.audit.web.AuditResponses.PublicAudit;
import nl.kwaliteitsnetwerk.ledger.audit.web.FollowUpController.FollowUpLine;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.ui.BrowserPage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An audit's findings, judgements and follow-up actions as CSV, for a spreadsheet: exactly what the API's
 * {@code GET /audits/{id}} shows the reader ({@link AuditPage}), so the inspectorate gets the public part's final
 * judgements and follow-up status and a reader of planning data gets 403. UTF-8 without a byte order mark, a header
 * row, RFC 4180 quoting; a cell that a spreadsheet would run as a formula is defused.
 */
@Controller
@BrowserPage
record AuditCsv(AuditPage.Reader pages, Clock clock) {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** Whether a judgement row is a standard's or the overall judgement (which has no standard). */
    private static final String STANDARD = "standard";
    private static final String OVERALL = "overall";

    /** What a spreadsheet reads as the start of a formula (OWASP's CSV injection list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    @GetMapping("/ui/audits/{auditId}/findings.csv")
    @SignedIn
    ResponseEntity<byte[]> findings(@PathVariable String auditId, Caller caller) {
        AuditView view = read(caller, auditId).whole("the findings of this audit");
        return csv(auditId, "findings", List.of("findingId", "standardCode", "kind", "text", "evidence", "revision",
                "retracted", "retractionReason", "recordedBy", "role", "recordedAt"),
                view.findings.stream().map(AuditCsv::finding).toList());
    }

    @GetMapping("/ui/audits/{auditId}/judgements.csv")
    @SignedIn
    ResponseEntity<byte[]> judgements(@PathVariable String auditId, Caller caller) {
        AuditPage page = read(caller, auditId);
        if (page.shown() instanceof PublicAudit audit) {
            List<List<Object>> rows = new ArrayList<>();
            new TreeMap<>(audit.standardJudgements())
                    .forEach((standard, value) -> rows.add(List.<Object>of(STANDARD, standard, value)));
            if (audit.overallJudgement() != null) {
                rows.add(Arrays.asList(OVERALL, null, audit.overallJudgement()));
            }
            return csv(auditId, "judgements", List.of("scope", "standardCode", "value"), rows);
        }
        AuditView view = page.whole("the judgements of this audit");
        return csv(auditId, "judgements", List.of("judgementId", "scope", "standardCode", "value", "rationale",
                "framework", "inForce", "revises", "revisionReason", "judgedBy", "role", "judgedAt"),
                view.judgementHistory.stream().map(j -> judgement(view, j)).toList());
    }

    @GetMapping("/ui/audits/{auditId}/follow-ups.csv")
    @SignedIn
    ResponseEntity<byte[]> followUps(@PathVariable String auditId, Caller caller) {
        AuditPage page = read(caller, auditId);
        Map<String, Boolean> overdue = overdue(page.current());
        if (page.shown() instanceof PublicAudit audit) {
            return csv(auditId, "follow-ups", List.of("followUpId", "standardCode", "dueDate", "status", "overdue"),
                    audit.followUps().stream().map(f -> Arrays.<Object>asList(f.followUpId(), f.standardCode(),
                            f.dueDate(), f.status(), overdue.get(f.followUpId()))).toList());
        }
        AuditView view = page.whole("the follow-up actions of this audit");
        return csv(auditId, "follow-ups", List.of("followUpId", "findingId", "standardCode", "description", "owner",
                "dueDate", "status", "overdue", "evidence", "lastNote", "closedAt"),
                view.followUps.stream().map(f -> Arrays.<Object>asList(f.followUpId, f.findingId, f.standardCode,
                        f.description, f.ownerInstitutionCode, f.dueDate, f.status, overdue.get(f.followUpId),
                        f.evidence, f.lastNote, f.closedAt)).toList());
    }

    private AuditPage read(Caller caller, String auditId) {
        return pages.read(caller, auditId, null, null);
    }

    private static List<Object> finding(AuditView.Finding f) {
        String evidence = f.evidence.stream().map(e -> e.kind() + ": " + e.reference())
                .collect(Collectors.joining("; "));
        return Arrays.asList(f.findingId, f.standardCode, f.kind, f.text, evidence, f.revision, f.retracted,
                f.retractionReason, f.recordedBy.userId(), f.recordedBy.role(), f.recordedAt);
    }

    private static List<Object> judgement(AuditView view, AuditView.Judgement j) {
        return Arrays.asList(j.judgementId(), j.standardCode() == null ? OVERALL : STANDARD, j.standardCode(),
                j.value(), j.rationale(), j.framework().id() + " " + j.framework().version(), inForce(view, j),
                j.revises(), j.revisionReason(), j.judgedBy().userId(), j.judgedBy().role(), j.judgedAt());
    }

    private static boolean inForce(AuditView view, AuditView.Judgement judgement) {
        AuditView.Judgement current = judgement.standardCode() == null ? view.overallJudgement
                : view.judgements.get(judgement.standardCode());
        return current != null && current.judgementId().equals(judgement.judgementId());
    }

    /** Whether each follow-up action is overdue today, by the API's own follow-up lines. */
    private Map<String, Boolean> overdue(AuditView audit) {
        LocalDate today = LocalDate.now(clock);
        return audit.publication == null ? Map.of() : audit.followUps.stream()
                .collect(Collectors.toMap(f -> f.followUpId, f -> FollowUpLine.of(audit, f, today).overdue()));
    }

    static ResponseEntity<byte[]> csv(String auditId, String what, List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(AuditCsv::defused).toList());
            }
        } catch (IOException cannotHappenOnAString) {
            throw new UncheckedIOException(cannotHappenOnAString);
        }
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-" + auditId + "-" + what + ".csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A cell as text (nothing for null); one a spreadsheet would take for a formula is prefixed with a quote, which
     * it shows as text.
     */
    static String defused(Object cell) {
        String text = cell == null ? "" : cell.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
