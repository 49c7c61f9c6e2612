package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import static nl.kwaliteitsnetwerk.ledger.platform.ledger.OperatorCommand.REFUSED;
import static nl.kwaliteitsnetwerk.ledger.platform.ledger.OperatorCommand.USAGE;

/**
 * The operator's restore of a stopped service's ledger from its last full export ({@link LedgerExportCommand}),
 * without starting Spring:
 * <pre>
 * java -cp audit-service.jar -Dloader.main=nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerRestoreCommand \
 *   org.springframework.boot.loader.launch.PropertiesLauncher &lt;mongodb-uri&gt; &lt;database&gt; &lt;export.json&gt; [&lt;public key&gt;]
 * </pre>
 * The public key is the service's (base64 X.509 as {@code GET /ledger/public-key} serves it, or the
 * {@code .pub} file in its key directory); without it the export's own key is trusted. Prints the report;
 * exits 0 when restored and the latest signed digest is reached (or there is none), 3 when restored but a
 * signed digest proves commits lost beyond the export's end, 2 when refused (nothing written), 64 on wrong usage.
 */
public final class LedgerRestoreCommand {

    static final int RESTORED = 0;
    static final int RESTORED_WITH_LOSS = 3;

    private LedgerRestoreCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        if (args.length < 3 || args.length > 4) {
            out.println("usage: LedgerRestoreCommand <mongodb-uri> <database> <export.json> [<public key: base64 X.509, or its .pub file>]");
            return USAGE;
        }
        byte[] expectedKey = null;
        if (args.length == 4) {
            Optional<byte[]> given = OperatorCommand.publicKey(args[3], Function.identity(), out);
            if (given.isEmpty()) {
                return USAGE;
            }
            expectedKey = given.get();
        }
        LedgerRestoreReport report = restore(args, expectedKey);
        report.describe().forEach(out::println);
        if (expectedKey == null && report.restored()) {
            out.println("the signatures were checked with the export's own key: give the service's public key to prove who signed");
        }
        if (!report.restored()) {
            return REFUSED;
        }
        return report.lost().isPresent() ? RESTORED_WITH_LOSS : RESTORED;
    }

    private static LedgerRestoreReport restore(String[] args, byte[] expectedKey) {
        return OperatorCommand.onStore(args, store -> new LedgerRestore(store).restore(Path.of(args[2]), expectedKey));
    }
}
