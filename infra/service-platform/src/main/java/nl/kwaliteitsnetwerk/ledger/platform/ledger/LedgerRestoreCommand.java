package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

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
    static final int REFUSED = 2;
    static final int RESTORED_WITH_LOSS = 3;
    static final int USAGE = 64;

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
        byte[] expectedKey;
        try {
            expectedKey = args.length == 4 ? OperatorKey.read(args[3]) : null;
        } catch (IllegalArgumentException | IOException e) {
            out.println("not a public key (base64 X.509, or a file holding it): " + args[3]);
            return USAGE;
        }
        LedgerRestoreReport report;
        try (MongoClient client = MongoClients.create(args[0])) {
            report = new LedgerRestore(client.getDatabase(args[1])).restore(Path.of(args[2]), expectedKey);
        }
        report.describe().forEach(out::println);
        if (expectedKey == null && report.restored()) {
            out.println("the signatures were checked with the export's own key: give the service's public key to prove who signed");
        }
        if (!report.restored()) {
            return REFUSED;
        }
        return report.lost().isPresent() ? RESTORED_WITH_LOSS : RESTORED;
    }
}
