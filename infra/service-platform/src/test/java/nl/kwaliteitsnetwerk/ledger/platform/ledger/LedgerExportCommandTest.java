package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import nl.kwaliteitsnetwerk.ledger.testsupport.LedgerTampering;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.platform.ledger.RestorableLedger.all;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's full export on the host: what it writes is what the restore takes back, document for document;
 * a store that does not verify under the service's key is not exported, and nothing is left behind.
 */
class LedgerExportCommandTest extends OperatorCommandTestBase {

    private int export(String... args) {
        return execute(LedgerExportCommand::run, args);
    }

    private String serviceKey() {
        return Base64.getEncoder().encodeToString(ledger.keys.getPublic().getEncoded());
    }

    @Test
    void writesTheFullExportThatTheRestoreTakesBackDocumentForDocument() throws Exception {
        Path file = files.resolve("audit-ledger.json");
        Path keyFile = files.resolve("audit-service-ledger.pub");
        Files.write(keyFile, ledger.keys.getPublic().getEncoded());

        assertThat(export(uri, ledger.source.getName(), file.toString(), keyFile.toString())).as(output()).isEqualTo(0);

        assertThat(output()).startsWith("exported 8 commits (positions 0 to 7) and 2 signed digests to " + file)
                .contains("payload and metadata");
        assertThat(Files.getPosixFilePermissions(file)).as("it holds all the content")
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        JsonNode written = RestorableLedger.JSON.readTree(file.toFile());
        JsonNode asBuilt = RestorableLedger.JSON.readTree(RestorableLedger.JSON.writeValueAsString(ledger.export()));
        assertThat(written).isEqualTo(asBuilt);
        assertThat(written.get("contents").asText()).isEqualTo("full");

        MongoDatabase target = ledger.fresh();
        LedgerRestoreReport report = new LedgerRestore(target).restore(file, ledger.keys.getPublic().getEncoded());
        assertThat(report.restored()).as(String.join(" ", report.describe())).isTrue();
        for (String collection : List.of(LedgerStorageEngine.COMMITS, LedgerRestore.AGGREGATE_HEADS, LedgerDigests.DIGESTS)) {
            assertThat(all(target, collection)).as(collection).isEqualTo(all(ledger.source, collection)).isNotEmpty();
        }
    }

    @Test
    void aStoreThatDoesNotVerifyIsNotExportedAndNothingIsLeftBehind() {
        new LedgerTampering(ledger.source).alterOneCharacter(3);
        Path file = files.resolve("audit-ledger.json");

        assertThat(export(uri, ledger.source.getName(), file.toString(), serviceKey())).as(output()).isEqualTo(2);

        assertThat(output()).startsWith("REFUSED, nothing written: the store does not verify").contains("altered at position 3");
        assertThat(files).isEmptyDirectory();
    }

    @Test
    void aStoreSignedWithAnotherKeyIsNotExported() {
        String otherKey = Base64.getEncoder().encodeToString(RestorableLedger.ed25519().getPublic().getEncoded());
        Path file = files.resolve("audit-ledger.json");

        assertThat(export(uri, ledger.source.getName(), file.toString(), otherKey)).as(output()).isEqualTo(2);

        assertThat(output()).contains("does not verify under the service's signing key");
        assertThat(files).isEmptyDirectory();
    }

    @Test
    void anExistingFileIsNeverOverwrittenAndWrongUsageChangesNothing() throws Exception {
        Path existing = Files.writeString(files.resolve("earlier.json"), "the last good export");

        assertThat(export(uri, ledger.source.getName(), existing.toString(), serviceKey())).isEqualTo(64);
        assertThat(output()).contains("exists already");
        assertThat(Files.readString(existing)).isEqualTo("the last good export");

        assertThat(export(uri, ledger.source.getName(), files.resolve("new.json").toString())).isEqualTo(64);
        assertThat(output()).startsWith("usage:");
        assertThat(export(uri, ledger.source.getName(), files.resolve("new.json").toString(), "not a key !")).isEqualTo(64);
        assertThat(files.resolve("new.json")).doesNotExist();
    }
}
