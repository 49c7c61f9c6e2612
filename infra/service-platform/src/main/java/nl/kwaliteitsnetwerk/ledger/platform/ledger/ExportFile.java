package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A saved full export (format version 1, {@link LedgerExportCommand}), read from a file with Jackson's
 * streaming parser so that it is never held whole: {@link #header} reads the key and the signed digests and
 * skips the commits; {@link #commits} then hands out one commit at a time. A duplicated field is refused, so
 * that a second {@code commits} array cannot hide behind the first. A proof export ({@code GET /ledger/export})
 * is refused by name: it holds no events to restore.
 */
final class ExportFile {

    static final int FORMAT_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectReader COMMIT = JSON.readerFor(LedgerExport.ExportedCommit.class);
    private static final ObjectReader DIGESTS = JSON.readerFor(new TypeReference<List<LedgerDigests.SignedDigest>>() {
    });

    private ExportFile() {
    }

    /** The export without its commits. */
    record Header(String publicKey, List<LedgerDigests.SignedDigest> digests) {
    }

    static Header header(Path file) {
        Integer formatVersion = null;
        String publicKey = null;
        String contents = LedgerExport.FULL;
        List<LedgerDigests.SignedDigest> digests = List.of();
        boolean hasCommits = false;
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            expect(parser.nextToken(), JsonToken.START_OBJECT, "the export is not a JSON object");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "formatVersion" -> formatVersion = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
                    case "publicKey" -> publicKey = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "contents" -> contents = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "digests" -> digests = value == JsonToken.VALUE_NULL ? List.of() : DIGESTS.readValue(parser);
                    case "commits" -> {
                        expect(value, JsonToken.START_ARRAY, "commits is not a list");
                        hasCommits = true;
                        parser.skipChildren();
                    }
                    default -> parser.skipChildren();
                }
            }
            expect(parser.nextToken(), null, "there is more after the export's end");
        } catch (RestoreRefused refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw RestoreRefused.unreadable(e.getMessage());
        }
        if (LedgerProofExport.PROOF.equals(contents)) {
            throw new RestoreRefused(new LedgerRestoreReport.Refusal(LedgerRestoreReport.Reason.PROOF_EXPORT, null,
                    "its contents is '" + LedgerProofExport.PROOF + "'", 0));
        }
        if (!LedgerExport.FULL.equals(contents)) {
            throw RestoreRefused.unreadable("its contents is " + contents + ", not '" + LedgerExport.FULL + "'");
        }
        if (formatVersion == null || formatVersion != FORMAT_VERSION) {
            throw RestoreRefused.unreadable("its formatVersion is " + formatVersion + ", not " + FORMAT_VERSION);
        }
        if (publicKey == null || !hasCommits) {
            throw RestoreRefused.unreadable("it has no " + (publicKey == null ? "publicKey" : "commits"));
        }
        return new Header(publicKey, digests);
    }

    static Commits commits(Path file) {
        try {
            JsonParser parser = JSON.createParser(file.toFile());
            try {
                expect(parser.nextToken(), JsonToken.START_OBJECT, "the export is not a JSON object");
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    boolean isCommits = parser.currentName().equals("commits");
                    JsonToken value = parser.nextToken();
                    if (isCommits) {
                        expect(value, JsonToken.START_ARRAY, "commits is not a list");
                        return new Commits(parser);
                    }
                    parser.skipChildren();
                }
                throw RestoreRefused.unreadable("it has no commits");
            } catch (IOException | RuntimeException e) {
                parser.close();
                throw e;
            }
        } catch (IOException e) {
            throw RestoreRefused.unreadable(e.getMessage());
        }
    }

    /** The export's commits in file order, one at a time, with a look at the one after. */
    static final class Commits implements Closeable {
        private final JsonParser parser;
        private LedgerExport.ExportedCommit peeked;
        private boolean ended;

        private Commits(JsonParser parser) {
            this.parser = parser;
        }

        /** The next commit, or null after the last. */
        LedgerExport.ExportedCommit next() {
            LedgerExport.ExportedCommit next = peek();
            peeked = null;
            return next;
        }

        /** The commit {@link #next} will answer, without moving on. */
        LedgerExport.ExportedCommit peek() {
            if (peeked != null || ended) {
                return peeked;
            }
            try {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    ended = true;
                    return null;
                }
                expect(token, JsonToken.START_OBJECT, "an entry of commits is not an object");
                peeked = COMMIT.readValue(parser);
                return peeked;
            } catch (IOException | RuntimeException e) {
                throw e instanceof RestoreRefused refused ? refused : RestoreRefused.unreadable(e.getMessage());
            }
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException ignored) {
                // only read from; nothing is lost when closing fails
            }
        }
    }

    private static void expect(JsonToken found, JsonToken expected, String problem) {
        if (found != expected) {
            throw RestoreRefused.unreadable(problem);
        }
    }
}
