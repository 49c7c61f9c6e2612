package nl.kwaliteitsnetwerk.ledger.validation.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.PageSession;
import nl.kwaliteitsnetwerk.ledger.validation.support.ReviewApiTestBase;
import nl.kwaliteitsnetwerk.ledger.verifier.PrintCommands;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.openReview;
import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A review's exports: the answers as CSV, only what the reader may see (the committee every answer with its reasoning
 * and who gave it, a reader of the published report the answers counted), every cell a spreadsheet would run as a
 * formula defused; the published validation report as PDF with the proof of its publication, which the offline
 * verifier's check-pdf holds it to.
 */
@Order(Integer.MAX_VALUE - 1)
class ValidationExportsTest extends ReviewApiTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path files;

    @Test
    void theCommitteesCsvHasEveryAnswerWithItsReasoningAndDefusesFormulas() throws IOException {
        String review = openReview(api, "CSV-review", auditId);
        answer(review, "vc-2", "V1", "=HYPERLINK(\"http://example.org\")");
        answer(review, "vc-3", "V2", "@SUM(A1)");
        answer(review, "vc-2", "V3", "Gewone onderbouwing, met komma");

        PageSession chair = PageSession.signedIn(port, "vc-chair");
        // the review's view follows its commands: wait for the last answer (vc-2 and vc-3 answer: other tests change
        // the committee's membership, never theirs)
        PageSession.Response csv = await().atMost(Duration.ofSeconds(20))
                .until(() -> chair.get("/ui/reviews/" + review + "/answers.csv"), r -> r.status() == 200
                        && r.html().contains("Gewone onderbouwing"));
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> rows = records(csv);
        assertThat(rows.get(0).values()).containsExactly("reviewId", "reportId", "institutionCode", "questionId", "answer",
                "reasoning", "member", "answeredAt", "revises", "revisionReason", "stale");
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 4)).extracting(r -> r.get(5)).containsExactly("'=HYPERLINK(\"http://example.org\")",
                "'@SUM(A1)", "Gewone onderbouwing, met komma");
        assertThat(rows.subList(1, 4)).extracting(r -> r.get(6)).containsExactly("vc-2", "vc-3", "vc-2");
        assertThat(rows.get(1).get(1)).isEqualTo(auditId);
    }

    @Test
    void aReaderOfThePublishedReportGetsTheAnswersCountedAndNoOneNamed() throws IOException {
        String review = openReview(api, "Gepubliceerde CSV-review", auditId);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("admin", "/validation-reviews/" + review).status() == 200);
        assertThat(PageSession.signedIn(port, "inspector").get("/ui/reviews/" + review + "/answers.csv").status())
                .as("not published: unknown to the inspectorate").isEqualTo(404);
        assertThat(PageSession.signedIn(port, "admin").get("/ui/reviews/" + review + "/answers.csv").status())
                .as("planning data only").isEqualTo(403);
        publish(api, review, auditId);

        PageSession.Response csv = whenPublished(PageSession.signedIn(port, "inspector"),
                "/ui/reviews/" + review + "/answers.csv");
        List<CSVRecord> rows = records(csv);
        assertThat(rows.get(0).values()).containsExactly("reviewId", "reportId", "questionId", "answer", "count");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(2) + "=" + r.get(3) + ":" + r.get(4))
                .containsExactly("V1=YES:1", "V2=YES:1", "V3=YES:1", "V4=YES:1", "V5=YES:1");
        assertThat(csv.html()).doesNotContain("vc-2", "Gezien in het rapport");
    }

    @Test
    void thePublishedValidationReportPrintsAsAPdfThatVerifiesOfflineAndAChangedProofDoesNot() throws IOException {
        String review = openReview(api, "PDF-review", auditId);
        assertThat(PageSession.signedIn(port, "vc-chair").get("/ui/reviews/" + review + "/report.pdf").status())
                .as("nothing published yet").isEqualTo(404);
        publish(api, review, auditId);

        PageSession.Response pdf = whenPublished(PageSession.signedIn(port, "inspector"),
                "/ui/reviews/" + review + "/report.pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        String text = text(pdf.bytes());
        assertThat(text).contains("Validatierapport: PDF-review", "De methode is goed toegepast.",
                "Het bestuur neemt het over.", "Verificatie").doesNotContain("Gezien in het rapport", "vc-2");
        JsonNode proof = proof(pdf.bytes());
        assertThat(proof.path("record").path("kind").asText()).isEqualTo("validation-report");
        assertThat(proof.path("record").path("id").asText()).isEqualTo(review);
        assertThat(checkPdf(pdf.bytes())).isZero();
        assertThat(checkPdf(pdf.bytes(), "--public-key", api.get("inspector", "/ledger/public-key").body().path("key")
                .asText())).as("pinned to the service's key").isZero();

        byte[] english = PageSession.signedIn(port, "vc-2").get("/ui/reviews/" + review + "/report.pdf?lang=en").bytes();
        assertThat(text(english)).contains("Validation report: PDF-review", "Verification");
        assertThat(checkPdf(english)).isZero();
        assertThat(PageSession.signedIn(port, "roc").get("/ui/reviews/" + review + "/report.pdf").status())
                .as("published: everyone signed in reads the public report").isEqualTo(200);
    }

    /** What {@code path} answers once the review's view shows the publication (it follows the commands). */
    private static PageSession.Response whenPublished(PageSession session, String path) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> session.get(path), r -> r.status() == 200);
    }

    private void answer(String review, String member, String question, String reasoning) {
        ApiClient.Response answered = api.post(member, "/validation-reviews/" + review + "/answers", ApiClient.json()
                .put("reportId", auditId).put("questionId", question).put("answer", "PARTLY").put("reasoning", reasoning));
        assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
    }

    private static List<CSVRecord> records(PageSession.Response csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(new String(csv.bytes(), StandardCharsets.UTF_8))).getRecords();
    }

    private int checkPdf(byte[] pdf, String... options) throws IOException {
        Path file = Files.write(Files.createTempFile(files, "validatierapport", ".pdf"), pdf);
        List<String> args = new ArrayList<>(List.of("check-pdf", file.toString()));
        args.addAll(List.of(options));
        return PrintCommands.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static JsonNode proof(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            PDComplexFileSpecification file = names.getEmbeddedFiles().getNames().get("ledger-proof.json");
            return JSON.readTree(file.getEmbeddedFile().toByteArray());
        }
    }
}
