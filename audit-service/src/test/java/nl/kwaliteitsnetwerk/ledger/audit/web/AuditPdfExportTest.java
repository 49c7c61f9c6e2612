package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.platform.print.PdfPrinter;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.verifier.PrintCommands;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The PDF exports carry the ledger's proof of the commit that made them, and the offline verifier's check-pdf holds
 * them to it: the public summary (with the public feed's entry of the publication) for every reader of the public
 * part, the final report (its content digest named) for a reader of the whole audit. A changed proof, or another
 * key, does not verify.
 */
class AuditPdfExportTest extends ServiceTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private WebApplicationContext context;

    @TempDir
    Path files;

    private AuditPagesTest.Browser browser;

    @BeforeEach
    void browser() {
        browser = new AuditPagesTest.Browser(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build());
    }

    @Test
    void thePublicSummaryPrintedForTheInspectorateVerifiesOfflineAndAChangedCopyDoesNot() throws Exception {
        AuditJourney audit = published();
        String summaryPdf = "/ui/audits/" + audit.auditId + "/summary.pdf";
        // the public feed follows the ledger: the entry of the publication may come moments after it
        byte[] pdf = await().atMost(Duration.ofSeconds(20)).until(() -> pdf("inspector", summaryPdf),
                AuditPdfExportTest::carriesAPublicEntry);
        JsonNode proof = proof(pdf);
        assertThat(proof.path("record").path("kind").asText()).isEqualTo("audit-public-summary");
        assertThat(proof.path("record").path("id").asText()).isEqualTo(audit.auditId);
        String text = text(pdf);
        assertThat(text).contains("Publieksversie: audit van Business Marketing Services B.V.",
                "heeft een integraal kwaliteitssysteem").doesNotContain("Bevinding over KS1", "Eindrapport");

        assertThat(checkPdf(pdf)).as("as printed").isZero();
        assertThat(checkPdf(pdf, "--public-key", servicePublicKey())).as("pinned to the service's key").isZero();
        assertThat(checkPdf(pdf, "--public-key", otherKey())).as("another key").isNotZero();
        ObjectNode changed = (ObjectNode) proof.deepCopy();
        changed.put("position", proof.path("position").asLong() + 1);
        assertThat(checkPdf(withProof(pdf, changed))).as("a changed proof").isNotZero();
    }

    @Test
    void theFinalReportIsPrintedForItsReadersWithItsContentDigestAndTheSummaryNotBeforePublication() throws Exception {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued().finalised();
        AuditPagesTest.caughtUp(api(), audit);
        String base = "/ui/audits/" + audit.auditId;

        byte[] pdf = pdf("committee", base + "/report.pdf");
        JsonNode proof = proof(pdf);
        assertThat(proof.path("record").path("kind").asText()).isEqualTo("audit-final-report");
        assertThat(proof.path("record").path("contentDigest").asText()).isEqualTo(audit.reportDigest());
        assertThat(text(pdf)).contains("Definitief rapport: audit van Business Marketing Services B.V.", "Eindrapport",
                "Bevinding over KS1");
        assertThat(checkPdf(pdf)).isZero();

        assertThat(browser.status("lead", base + "/summary.pdf")).as("nothing published yet").isEqualTo(404);
        assertThat(browser.status("inspector", base + "/report.pdf")).isEqualTo(404);
        assertThat(browser.status("admin", base + "/report.pdf")).as("planning data only").isEqualTo(403);
    }

    private AuditJourney published() {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued().finalised().published();
        AuditPagesTest.caughtUp(api(), audit);
        return audit;
    }

    private byte[] pdf(String user, String path) throws Exception {
        MockHttpServletResponse response = browser.perform(user, get(path)).getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"audit-");
        return response.getContentAsByteArray();
    }

    private int checkPdf(byte[] pdf, String... options) throws IOException {
        Path file = Files.write(Files.createTempFile(files, "audit", ".pdf"), pdf);
        List<String> args = new ArrayList<>(List.of("check-pdf", file.toString()));
        args.addAll(List.of(options));
        return PrintCommands.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private String servicePublicKey() {
        return api().get("inspector", "/ledger/public-key").body().path("key").asText();
    }

    private static String otherKey() throws Exception {
        return Base64.getEncoder().encodeToString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
                .getPublic().getEncoded());
    }

    private static JsonNode proof(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return JSON.readTree(attachment(document).getEmbeddedFile().toByteArray());
        }
    }

    private static boolean carriesAPublicEntry(byte[] pdf) {
        try {
            return proof(pdf).hasNonNull("publicEntry");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The same PDF with another proof attached in place of the one printed. */
    private static byte[] withProof(byte[] pdf, JsonNode proof) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            byte[] json = JSON.writeValueAsBytes(proof);
            PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(json));
            embedded.setSize(json.length);
            attachment(document).setEmbeddedFile(embedded);
            attachment(document).setEmbeddedFileUnicode(embedded);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDComplexFileSpecification attachment(PDDocument document) throws IOException {
        return document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get(PdfPrinter.ATTACHMENT);
    }
}
