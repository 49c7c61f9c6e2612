package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.audit.query.AuditView;
import nl.kwaliteitsnetwerk.ledger.audit.web.AuditResponses.PublicAudit;
import nl.kwaliteitsnetwerk.ledger.platform.errors.NotFound;
import nl.kwaliteitsnetwerk.ledger.platform.print.CommitProof;
import nl.kwaliteitsnetwerk.ledger.platform.print.CommitProofs;
import nl.kwaliteitsnetwerk.ledger.platform.print.PdfPrinter;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.ui.BrowserPage;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import java.util.Locale;
import java.util.Map;

/**
 * An audit's final report and its public summary as PDF: the parts of the page's own templates
 * ({@code audit/parts}, put together by {@code audit/print}), with the ledger's proof of the commit that made them
 * (the finalisation; the publication with its public feed entry) printed at the end and attached, so that a paper
 * or saved copy can be checked with the offline verifier. Who may have which is the API's answer: the final report
 * to a reader of the whole audit (403 to one of its planning data or public part), the summary to everyone who may
 * read the public part once it is published (the inspectorate included; 404 before).
 */
@Controller
@BrowserPage
record AuditPdf(AuditPage.Reader pages, CommitProofs proofs, PdfPrinter printer, SpringTemplateEngine templates) {

    @GetMapping("/ui/audits/{auditId}/report.pdf")
    @SignedIn
    ResponseEntity<byte[]> report(@PathVariable String auditId, Caller caller, Locale locale) {
        AuditPage page = pages.read(caller, auditId, null, null);
        AuditView view = page.whole("the final report of this audit");
        NotFound none = new NotFound("Audit " + auditId + " has no final report yet.");
        if (view.finalReport == null) {
            throw none;
        }
        CommitProof proof = page.finalReportProof(proofs).orElseThrow(() -> none);
        return printer.response("audit-" + auditId + "-report.pdf", html(page, view, AuditPage.FULL, locale), proof,
                locale);
    }

    @GetMapping("/ui/audits/{auditId}/summary.pdf")
    @SignedIn
    ResponseEntity<byte[]> summary(@PathVariable String auditId, Caller caller, Locale locale) {
        AuditPage page = pages.read(caller, auditId, null, null);
        PublicAudit summary = page.shown() instanceof PublicAudit shown ? shown
                : page.shown() instanceof AuditView view && view.publication != null ? PublicAudit.of(view) : null;
        NotFound none = new NotFound("Audit " + auditId + " has no published summary.");
        if (summary == null) {
            throw none;
        }
        CommitProof proof = page.publicationProof(proofs).orElseThrow(() -> none);
        return printer.response("audit-" + auditId + "-summary.pdf", html(page, summary, AuditPage.PUBLIC, locale),
                proof, locale);
    }

    /**
     * The print template, rendered as the page renders its parts, to the XHTML the printer takes: the final report
     * for the shape {@code full}, the public summary for {@code public}.
     */
    private String html(AuditPage page, Object shown, String shape, Locale locale) {
        return templates.process("audit/print", new Context(locale, Map.of("audit", shown, "shape", shape,
                "auditId", page.current().auditId, "institution", page.institution(),
                "institutionName", page.institutionName())));
    }
}
