package nl.kwaliteitsnetwerk.ledger.platform.print;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a page a service rendered with its own template as a PDF that a reader can check offline: the page
 * without what only a screen uses (navigation, forms, scripts, the browser's proof panel), a verification
 * block at the end (ledger, position, content digest, the signed digest, the key's fingerprint and the
 * verifier's command line, in the page's language), and the proof itself attached as {@value #ATTACHMENT}.
 */
public class PdfPrinter {

    public static final String ATTACHMENT = "ledger-proof.json";
    /** The command a reader runs on the saved file. */
    public static final String COMMAND = "java -jar ledger-verifier-exec.jar check-pdf ";

    private static final String STYLE = """
            body { font-family: sans-serif; font-size: 10pt; color: #1a1a1a; }
            h1 { font-size: 16pt; } h2 { font-size: 13pt; } h3 { font-size: 11pt; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border-bottom: 0.5pt solid #999999; padding: 2pt 4pt; text-align: left; vertical-align: top; }
            .verification { margin-top: 16pt; border: 1pt solid #333333; padding: 8pt; page-break-inside: avoid; }
            .verification dt { font-weight: bold; margin-top: 4pt; }
            .verification dd { margin-left: 0; }
            .hash { font-family: monospace; font-size: 8pt; word-wrap: break-word; }
            @page { size: A4; margin: 18mm 16mm; }
            """;

    private final MessageSource messages;
    private final Clock clock;

    public PdfPrinter(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** The PDF of {@code html} (a page as the service's template rendered it) carrying {@code proof}. */
    public byte[] print(String html, CommitProof proof, Locale locale) {
        Document page = Jsoup.parse(html);
        page.select("script, link, nav, form, body > header, [data-proof-panel], .no-print").remove();
        page.head().appendElement("style").appendText(STYLE);
        page.body().appendChild(new VerificationBlock(messages, locale).of(proof));
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(page), "");
            builder.toStream(rendered);
            builder.run();
            return attach(rendered.toByteArray(), ProofJson.write(proof).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print the page as PDF", e);
        }
    }

    /** The PDF as a download: {@code application/pdf}, saved as {@code fileName}. */
    public ResponseEntity<byte[]> response(String fileName, String html, CommitProof proof, Locale locale) {
        ContentDisposition.Builder attachment = ContentDisposition.attachment();
        // a plain name stays plain; only a name beyond ASCII needs the encoded form (RFC 6266)
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(fileName);
        ContentDisposition disposition = (ascii ? attachment.filename(fileName)
                : attachment.filename(fileName, StandardCharsets.UTF_8)).build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(print(html, proof, locale));
    }

    private byte[] attach(byte[] pdfBytes, byte[] json) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            PDEmbeddedFile embedded = new PDEmbeddedFile(pdf, new ByteArrayInputStream(json));
            embedded.setSubtype("application/json");
            embedded.setSize(json.length);
            GregorianCalendar now = GregorianCalendar.from(clock.instant().atZone(clock.getZone()));
            embedded.setCreationDate(now);
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile(ATTACHMENT);
            file.setFileUnicode(ATTACHMENT);
            file.setEmbeddedFile(embedded);
            file.setEmbeddedFileUnicode(embedded);
            file.setFileDescription("ledger-proof v" + CommitProof.VERSION);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of(ATTACHMENT, file));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            pdf.getDocumentCatalog().setNames(names);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** The block at the end of the printed copy: what a reader compares and the command that checks the file. */
    private record VerificationBlock(MessageSource messages, Locale locale) {

        Element of(CommitProof proof) {
            Element block = new Element("section").addClass("verification");
            block.appendElement("h2").text(text("proof.pdf.heading"));
            block.appendElement("p").text(text("proof.pdf.intro"));
            Element list = block.appendElement("dl");
            if (proof.record() != null) {
                item(list, "proof.record", proof.record().title() == null ? proof.record().id()
                        : proof.record().title() + " (" + proof.record().id() + ")", false);
                if (proof.record().contentDigest() != null) {
                    item(list, "proof.record.digest", proof.record().contentDigest(), true);
                }
            }
            item(list, "proof.ledger", proof.ledger(), false);
            item(list, "proof.position", Long.toString(proof.position()), false);
            item(list, "proof.content-digest", proof.contentDigest(), true);
            item(list, "proof.signed-digest", text("proof.signed-digest.value", proof.signedDigest().position(),
                    proof.signedDigest().signedAt().toString()), false);
            item(list, "proof.merkle-root", proof.signedDigest().merkleRoot(), true);
            item(list, "proof.key-fingerprint", proof.publicKey().sha256(), true);
            block.appendElement("p").text(text("proof.pdf.command"));
            block.appendElement("p").addClass("hash").text(COMMAND + text("proof.pdf.file"));
            block.appendElement("p").text(text("proof.pdf.fingerprint"));
            return block;
        }

        private void item(Element list, String label, String value, boolean hash) {
            list.appendElement("dt").text(text(label));
            Element dd = list.appendElement("dd").text(value);
            if (hash) {
                dd.addClass("hash");
            }
        }

        private String text(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }
    }
}
