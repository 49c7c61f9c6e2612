package nl.kwaliteitsnetwerk.ledger.dialogue.common;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the content digest of one report version (lower-case hex SHA-256, 64 digits) over a canonical encoding,
 * the same framing the audit service uses, so that an approval citing it is bound to exactly that text:
 * <pre>
 *   tag      = ASCII tag, 0x00 (a draft never shares a digest with a final report of the same text)
 *   str(s)   = u32 big-endian byte length, then the UTF-8 bytes (well-formed Unicode only: a lone surrogate is refused)
 *   opt(s)   = 0x00 when absent, else 0x01 str(s)
 *   map(m)   = 0x00 when absent, else 0x01, u32 count, then str(key) opt(value), keys in String order
 * </pre>
 * Who wrote a version and when are not content: the ledger's own hashes cover those.
 */
public final class ContentDigest {

    /** What a digest looks like. */
    public static final String PATTERN = "[0-9a-f]{64}";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream data = new DataOutputStream(bytes);

    private ContentDigest(String tag) {
        bytes.writeBytes(tag.getBytes(StandardCharsets.US_ASCII));
        bytes.write(0);
    }

    public static ContentDigest tagged(String tag) {
        return new ContentDigest(tag);
    }

    public static boolean isDigest(String value) {
        return value != null && value.matches(PATTERN);
    }

    public ContentDigest number(int value) {
        try {
            data.writeInt(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return this;
    }

    public ContentDigest text(String value) {
        if (value == null) {
            throw new IllegalArgumentException("a report's digest needs every one of its required fields");
        }
        byte[] utf8;
        try {
            var buffer = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(value));
            utf8 = new byte[buffer.remaining()];
            buffer.get(utf8);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a report holds only well-formed Unicode text", e);
        }
        number(utf8.length);
        bytes.writeBytes(utf8);
        return this;
    }

    public ContentDigest optional(String value) {
        bytes.write(value == null ? 0 : 1);
        return value == null ? this : text(value);
    }

    /** Keys as strings, in String order, whatever order the map iterates in. */
    public ContentDigest map(Map<?, String> values) {
        if (values == null) {
            bytes.write(0);
            return this;
        }
        bytes.write(1);
        Map<String, String> sorted = new TreeMap<>();
        values.forEach((key, value) -> sorted.put(String.valueOf(key), value));
        number(sorted.size());
        sorted.forEach((key, value) -> text(key).optional(value));
        return this;
    }

    /** Whether an optional group of fields follows; the caller writes the group when present. */
    public ContentDigest present(boolean present) {
        bytes.write(present ? 1 : 0);
        return this;
    }

    public String hex() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
