package nl.kwaliteitsnetwerk.ledger.verifier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The proof a printed report carries: the attached file {@value #ATTACHMENT} of a PDF export. */
public final class PdfProof {

    public static final String ATTACHMENT = "ledger-proof.json";

    private PdfProof() {
    }

    /** The attachment's text; empty when the PDF carries none (a PDF no service printed, or one stripped of it). */
    public static Optional<String> read(Path pdfFile) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode files = names == null ? null : names.getEmbeddedFiles();
            return files == null ? Optional.empty() : find(files);
        }
    }

    private static Optional<String> find(PDEmbeddedFilesNameTreeNode node) throws IOException {
        Map<String, PDComplexFileSpecification> named = node.getNames();
        if (named != null && named.containsKey(ATTACHMENT)) {
            PDComplexFileSpecification file = named.get(ATTACHMENT);
            PDEmbeddedFile embedded = file.getEmbeddedFileUnicode() != null ? file.getEmbeddedFileUnicode() : file.getEmbeddedFile();
            return embedded == null ? Optional.empty() : Optional.of(new String(embedded.toByteArray(), StandardCharsets.UTF_8));
        }
        if (node.getKids() != null) {
            for (var kid : node.getKids()) {
                Optional<String> found = find((PDEmbeddedFilesNameTreeNode) kid);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
