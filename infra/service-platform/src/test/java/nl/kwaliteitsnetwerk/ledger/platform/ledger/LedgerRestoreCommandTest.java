package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.platform.ledger.RestorableLedger.commits;
import static nl.kwaliteitsnetwerk.ledger.platform.ledger.RestorableLedger.write;
import static org.assertj.core.api.Assertions.assertThat;

/** The operator's command: its arguments, what it prints, and its exit codes for each outcome. */
class LedgerRestoreCommandTest extends OperatorCommandTestBase {

    private int run(String... args) {
        return execute(LedgerRestoreCommand::run, args);
    }

    @Test
    void restoresWithTheServicesKeyFileThenRefusesTheSameDatabase() throws Exception {
        Path export = write(ledger.export(), files);
        Path keyFile = files.resolve("audit-service-ledger.pub");
        Files.write(keyFile, ledger.keys.getPublic().getEncoded());
        String database = "restore-" + UUID.randomUUID();

        assertThat(run(uri, database, export.toString(), keyFile.toString())).as(output()).isEqualTo(0);
        assertThat(output()).startsWith("restored 8 commits (positions 0 to 7) of 3 aggregates, and 2 signed digests")
                .contains("is reached");

        assertThat(run(uri, database, export.toString())).as(output()).isEqualTo(2);
        assertThat(output()).startsWith("REFUSED, nothing written: the target database is not empty");
    }

    @Test
    void takesTheKeyAsBase64AndRefusesAnotherOne() {
        Path export = write(ledger.export(), files);
        String serviceKey = Base64.getEncoder().encodeToString(ledger.keys.getPublic().getEncoded());
        String otherKey = Base64.getEncoder().encodeToString(RestorableLedger.ed25519().getPublic().getEncoded());

        assertThat(run(uri, "restore-" + UUID.randomUUID(), export.toString(), otherKey)).as(output()).isEqualTo(2);
        assertThat(output()).contains("not with the key given");
        assertThat(run(uri, "restore-" + UUID.randomUUID(), export.toString(), serviceKey)).as(output()).isEqualTo(0);
        assertThat(output()).doesNotContain("export's own key");
    }

    @Test
    void exitsThreeWhenTheSignedDigestProvesCommitsLost() {
        ObjectNode export = ledger.export();
        commits(export).remove(7);

        assertThat(run(uri, "restore-" + UUID.randomUUID(), write(export, files).toString())).as(output()).isEqualTo(3);
        assertThat(output()).contains("LOST").contains("at position 7 (1 commit)").contains("export's own key");
    }

    @Test
    void wrongUsageChangesNothing() {
        assertThat(run(uri, "restore-" + UUID.randomUUID())).isEqualTo(64);
        assertThat(output()).startsWith("usage:");
        assertThat(run(uri, "restore-" + UUID.randomUUID(), "export.json", "not base64 !")).isEqualTo(64);
    }
}
