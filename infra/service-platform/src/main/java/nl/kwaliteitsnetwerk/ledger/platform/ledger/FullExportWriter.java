package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the full export (format version 1, as {@link LedgerRestore} reads it) while the store is verified
 * under the service's key, one commit at a time as the verification reads it, so that the ledger is never held
 * whole: into a file beside the target that only its owner may read (it holds all the content), moved into
 * place only when the store verified intact. A store that does not verify is not exported: an export is what
 * a restore starts from, and a broken one would be refused then, when it is too late to take another.
 */
final class FullExportWriter {

    /** As the platform configures Spring's ObjectMapper: the same JSON the API wrote when it served this export. */
    private static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private FullExportWriter() {
    }

    /** The verification the export was made under, and what was written: nothing unless it is intact. */
    record Outcome(LedgerVerifier.Verification verification, long commits, int digests) {

        boolean written() {
            return verification.intact();
        }
    }

    static Outcome write(MongoDatabase database, PublicKey serviceKey, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        createForOwnerOnly(partial);
        try {
            Outcome outcome;
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.WRITE);
                 JsonGenerator json = JSON.createGenerator(out)) {
                outcome = write(database, serviceKey, json);
            }
            if (outcome.written()) {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            }
            return outcome;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Outcome write(MongoDatabase database, PublicKey serviceKey, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("formatVersion", ExportFile.FORMAT_VERSION);
        json.writeStringField("contents", LedgerExport.FULL);
        json.writeStringField("publicKey", Base64.getEncoder().encodeToString(serviceKey.getEncoded()));
        json.writeArrayFieldStart("commits");
        CommitsWritten commits = new CommitsWritten(json);
        LedgerVerifier.Verification verification = new LedgerVerifier(database, serviceKey).verify(commits);
        json.writeEndArray();
        if (!verification.intact()) {
            return new Outcome(verification, 0, 0);
        }
        List<LedgerDigests.SignedDigest> digests = LedgerExport.signedUpTo(signedDigests(database), commits.count - 1);
        json.writeArrayFieldStart("digests");
        for (LedgerDigests.SignedDigest digest : digests) {
            JSON.writeValue(json, digest);
        }
        json.writeEndArray();
        json.writeEndObject();
        return new Outcome(verification, commits.count, digests.size());
    }

    private static List<LedgerDigests.SignedDigest> signedDigests(MongoDatabase database) {
        List<LedgerDigests.SignedDigest> signed = new ArrayList<>();
        database.getCollection(LedgerDigests.DIGESTS).find().sort(Sorts.ascending("_id"))
                .forEach(digest -> signed.add(LedgerDigests.signed(digest)));
        return signed;
    }

    private static void createForOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }

    /**
     * Each commit the verification reads, written as it comes. The verification goes on past a break and then
     * refuses the export as a whole, so a commit that cannot be written is skipped: it is broken, and named so.
     */
    private static final class CommitsWritten implements Consumer<Document> {
        private final JsonGenerator json;
        private long count;

        CommitsWritten(JsonGenerator json) {
            this.json = json;
        }

        @Override
        public void accept(Document commit) {
            LedgerExport.ExportedCommit exported;
            try {
                exported = LedgerExport.commit(commit);
            } catch (RuntimeException unreadable) {
                return;
            }
            try {
                JSON.writeValue(json, exported);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            count++;
        }
    }
}
