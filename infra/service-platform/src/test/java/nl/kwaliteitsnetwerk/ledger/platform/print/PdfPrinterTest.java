package nl.kwaliteitsnetwerk.ledger.platform.print;

import nl.kwaliteitsnetwerk.ledger.verifier.PrintCommands;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page printed with its proof: the verifier's check-pdf passes on the PDF as printed, and fails when one
 * byte of the attached proof changed or another key is pinned; the verification block is there in the page's
 * language, Dutch letters come out, and what only a screen uses is left out.
 */
class PdfPrinterTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="nl"><head><title>Eindrapport</title><link rel="stylesheet" href="/ui/assets/app.css"/></head>
            <body><header><nav><a href="/ui/audits">Audits</a></nav></header>
            <main id="main"><h1>Eindrapport coöperatie één</h1><p>Bevinding: de ideeën zijn beoordeeld.</p>
            <form action="/ui/x" method="post"><button>Verstuur formulier</button></form>
            <section data-proof-panel="">Bezig met controleren</section></main>
            <script src="/ui/assets/verify.js"></script></body></html>
            """;

    @TempDir
    Path directory;

    private final ProvenLedger ledger = new ProvenLedger();
    private final PdfPrinter printer = new PdfPrinter(messages(), Clock.systemUTC());
    private final CommitProof proof = ledger.proofs.forEvent("a", 1).orElseThrow()
            .about(new CommitProof.Proven("audit-final-report", "a", "Eindrapport", "ab".repeat(32)));

    @AfterEach
    void close() {
        ledger.close();
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/proof");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static int checkPdf(Path pdf, String... more) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("check-pdf", pdf.toString()));
        args.addAll(List.of(more));
        return PrintCommands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private Path saved(byte[] pdf) throws Exception {
        return Files.write(Files.createTempFile(directory, "eindrapport", ".pdf"), pdf);
    }

    @Test
    void thePrintedPdfPassesTheOfflineVerifier() throws Exception {
        Path pdf = saved(printer.print(PAGE, proof, Locale.forLanguageTag("nl")));

        assertThat(checkPdf(pdf)).isZero();
        assertThat(checkPdf(pdf, "--public-key", Base64.getEncoder().encodeToString(ledger.keys.getPublic().getEncoded())))
                .isZero();
    }

    @Test
    void anotherPinnedKeyFails() throws Exception {
        Path pdf = saved(printer.print(PAGE, proof, Locale.forLanguageTag("nl")));

        assertThat(checkPdf(pdf, "--public-key", Base64.getEncoder().encodeToString(ProvenLedger.ed25519().getPublic().getEncoded())))
                .isEqualTo(1);
    }

    @Test
    void oneChangedByteInTheAttachedProofFails() throws Exception {
        byte[] printed = printer.print(PAGE, proof, Locale.forLanguageTag("nl"));
        String json = new String(attachment(printed), StandardCharsets.UTF_8);
        String digest = proof.contentDigest();
        String changed = digest.substring(0, 10) + (digest.charAt(10) == '0' ? '1' : '0') + digest.substring(11);

        Path pdf = saved(withAttachment(printed, json.replace("\"contentDigest\" : \"" + digest, "\"contentDigest\" : \"" + changed)
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(json).contains("\"contentDigest\" : \"" + digest);
        assertThat(checkPdf(pdf)).isEqualTo(1);
    }

    @Test
    void theVerificationBlockIsPrintedInThePagesLanguageWithDutchLetters() throws Exception {
        String dutch = text(printer.print(PAGE, proof, Locale.forLanguageTag("nl")));
        String english = text(printer.print(PAGE, proof, Locale.ENGLISH));

        assertThat(dutch).contains("Eindrapport coöperatie één", "ideeën", "Verificatie", "Positie", "audit-service",
                proof.contentDigest(), proof.signedDigest().merkleRoot(), proof.publicKey().sha256(), "ab".repeat(32),
                "java -jar ledger-verifier-exec.jar check-pdf", "positie " + proof.signedDigest().position() + ", ondertekend op");
        assertThat(dutch).doesNotContain("Verstuur formulier", "Bezig met controleren", "Audits");
        assertThat(english).contains("Verification", "Key fingerprint (SHA-256)", "Position");
    }

    @Test
    void theResponseIsAPdfAttachmentUnderItsName() {
        ResponseEntity<byte[]> response = printer.response("eindrapport-a.pdf", PAGE, proof, Locale.forLanguageTag("nl"));

        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;").contains("filename=\"eindrapport-a.pdf\"");
        assertThat(new String(response.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static byte[] attachment(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return spec(document).getEmbeddedFile().toByteArray();
        }
    }

    private static PDComplexFileSpecification spec(PDDocument document) throws Exception {
        return document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get(PdfPrinter.ATTACHMENT);
    }

    /** The PDF with its attachment replaced by {@code json}, as someone who edits the file would. */
    private static byte[] withAttachment(byte[] pdf, byte[] json) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDEmbeddedFile replaced = new PDEmbeddedFile(document, new ByteArrayInputStream(json));
            PDComplexFileSpecification spec = spec(document);
            spec.setEmbeddedFile(replaced);
            spec.setEmbeddedFileUnicode(replaced);
            document.getDocumentCatalog().getNames().getEmbeddedFiles().setNames(Map.of(PdfPrinter.ATTACHMENT, spec));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
