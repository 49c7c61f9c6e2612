package nl.kwaliteitsnetwerk.ledger.verifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verifier's commands for printed reports: {@code check-pdf <file.pdf> [--public-key <base64 or file>]} checks
 * the proof a PDF export carries; {@code check-print --export <proof export> --position P --content-digest D
 * [--public-key ...]} checks the position and digest printed on a paper copy against a saved export. Each
 * prints what it proved and answers exit code 0 only if everything holds (1 if not, 2 for a wrong command line).
 */
public final class PrintCommands {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    static final String USAGE = """
            usage: java -jar ledger-verifier-exec.jar check-pdf <file.pdf> [--public-key <base64 X.509 or key file>]
                   java -jar ledger-verifier-exec.jar check-print --export <export.json> --position <P> --content-digest <hex>
                        [--public-key <base64 X.509 or key file>]""";

    private PrintCommands() {
    }

    /** Runs {@code args} (the command first), writing to {@code out}; the exit code. */
    public static int run(List<String> args, PrintStream out) throws IOException {
        if (args.isEmpty()) {
            out.println(USAGE);
            return 2;
        }
        Map<String, String> options = new HashMap<>();
        String file = null;
        for (int i = 1; i < args.size(); i++) {
            if (args.get(i).startsWith("--") && i + 1 < args.size()) {
                options.put(args.get(i), args.get(++i));
            } else if (file == null && !args.get(i).startsWith("--")) {
                file = args.get(i);
            } else {
                out.println(USAGE);
                return 2;
            }
        }
        String key = options.containsKey("--public-key") ? key(options.get("--public-key")) : null;
        ProofCheck.Report report;
        if (args.get(0).equals("check-pdf") && file != null) {
            report = checkPdf(Path.of(file), key);
        } else if (args.get(0).equals("check-print") && options.keySet().containsAll(List.of("--export", "--position", "--content-digest"))) {
            long position;
            try {
                position = Long.parseLong(options.get("--position"));
            } catch (NumberFormatException e) {
                out.println(USAGE);
                return 2;
            }
            report = checkPrint(Path.of(options.get("--export")), key, position, options.get("--content-digest"));
        } else {
            out.println(USAGE);
            return 2;
        }
        out.println(report.describe());
        return report.holds() ? 0 : 1;
    }

    static ProofCheck.Report checkPrint(Path exportFile, String key, long position, String contentDigest) {
        LedgerFile export;
        try {
            export = JSON.readValue(Files.readString(exportFile), LedgerFile.class);
        } catch (IOException unreadable) {
            return new ProofCheck.Report(List.of(), "cannot read the export " + exportFile + ": " + unreadable.getMessage());
        }
        return PrintCheck.check(export, key, position, contentDigest);
    }

    static ProofCheck.Report checkPdf(Path pdf, String pinnedKey) {
        Optional<String> attached;
        try {
            attached = PdfProof.read(pdf);
        } catch (IOException unreadable) {
            return new ProofCheck.Report(List.of(), "cannot read the PDF " + pdf + ": " + unreadable.getMessage());
        }
        if (attached.isEmpty()) {
            return new ProofCheck.Report(List.of(), "the PDF carries no " + PdfProof.ATTACHMENT);
        }
        PrintedProof proof;
        try {
            proof = JSON.readValue(attached.get(), PrintedProof.class);
        } catch (IOException unreadable) {
            return new ProofCheck.Report(List.of(), PdfProof.ATTACHMENT + " is not a ledger proof: " + unreadable.getMessage());
        }
        return ProofCheck.check(proof, pinnedKey);
    }

    /** The key given inline (base64) or as a file: base64 text, or the raw X.509 bytes a service keeps as {@code .pub}. */
    static String key(String given) throws IOException {
        Path path = Path.of(given);
        if (!Files.isRegularFile(path)) {
            return given;
        }
        byte[] bytes = Files.readAllBytes(path);
        String text = new String(bytes, StandardCharsets.US_ASCII).strip();
        return text.matches("[A-Za-z0-9+/=\\s]+") ? text.replaceAll("\\s", "") : Base64.getEncoder().encodeToString(bytes);
    }
}
