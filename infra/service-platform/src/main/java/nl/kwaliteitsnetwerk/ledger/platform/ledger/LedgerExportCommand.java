package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Optional;

import static nl.kwaliteitsnetwerk.ledger.platform.ledger.OperatorCommand.REFUSED;
import static nl.kwaliteitsnetwerk.ledger.platform.ledger.OperatorCommand.USAGE;

/**
 * The operator's full export of a service's ledger, made on the host without starting Spring: every commit
 * with its events (payloads and metadata included), the signed digests and the public key, the file that
 * {@link LedgerRestoreCommand} restores from.
 * <pre>
 * java -cp audit-service.jar -Dloader.main=nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerExportCommand \
 *   org.springframework.boot.loader.launch.PropertiesLauncher &lt;mongodb-uri&gt; &lt;database&gt; &lt;export.json&gt; &lt;public key&gt;
 * </pre>
 * Only here, not in the API: the full export holds every concept text, comment and reasoning, and whoever
 * can run this holds the database's credentials, and so the content, already. {@code GET /ledger/export}
 * serves administrators the proof export instead. The public key is the service's (base64 X.509 as
 * {@code GET /ledger/public-key} serves it, or the {@code .pub} file in its key directory): the store is
 * verified under it while it is written, and the file is written only when the store is intact, readable by
 * its owner only. Exits 0 when written, 2 when refused (the store does not verify, or the file could not be
 * written; nothing written), 64 on wrong usage (also when the file exists: an export is never overwritten).
 */
public final class LedgerExportCommand {

    static final int EXPORTED = 0;

    private LedgerExportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        if (args.length != 4) {
            out.println("usage: LedgerExportCommand <mongodb-uri> <database> <export.json> <public key: base64 X.509, or its .pub file>");
            return USAGE;
        }
        Path file = Path.of(args[2]);
        if (Files.exists(file)) {
            out.println(file + " exists already: name a new file (an export is never overwritten)");
            return USAGE;
        }
        Optional<PublicKey> serviceKey = OperatorCommand.publicKey(args[3], OperatorKey::ed25519, out);
        if (serviceKey.isEmpty()) {
            return USAGE;
        }
        FullExportWriter.Outcome outcome;
        try {
            outcome = OperatorCommand.onStore(args, store -> FullExportWriter.write(store, serviceKey.get(), file));
        } catch (IOException e) {
            out.println("REFUSED, nothing written: " + file + " could not be written: " + e.getMessage());
            return REFUSED;
        }
        if (!outcome.written()) {
            LedgerVerifier.Verification verification = outcome.verification();
            long breaks = verification.breaks().size() + verification.breaksNotListed();
            out.println("REFUSED, nothing written: the store does not verify under the given key (" + breaks + " break"
                    + (breaks == 1 ? "" : "s") + "); the first: " + verification.problem());
            return REFUSED;
        }
        out.println("exported " + outcome.commits() + " commits" + (outcome.commits() == 0 ? "" : " (positions 0 to "
                + (outcome.commits() - 1) + ")") + " and " + outcome.digests() + " signed digests to " + file
                + "; every one verified under the given key");
        out.println("it holds every event with its payload and metadata: keep it as safe as the database itself");
        return EXPORTED;
    }
}
