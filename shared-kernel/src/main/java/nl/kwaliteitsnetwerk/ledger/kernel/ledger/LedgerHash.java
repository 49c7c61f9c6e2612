package nl.kwaliteitsnetwerk.ledger.kernel.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hashes that make the event store a ledger, as specified in {@code shared-kernel/LEDGER.md}:
 * a commit's content digest, the chain hash over all commits in position order, and the chain of
 * one aggregate's commits. Everything is SHA-256 over a length-prefixed framing with a domain tag,
 * so that no two different inputs share an encoding.
 */
public final class LedgerHash {

    public static final int SIZE = 32;
    /** A digest as every service writes it on the wire ({@link #hex}): 64 lower-case hex digits. */
    public static final String HEX_PATTERN = "[0-9a-f]{64}";
    /** The "previous" hash of the first link of a chain. */
    public static final byte[] GENESIS = new byte[SIZE];

    private static final byte[] COMMIT_TAG = tag("QAL-COMMIT-1");
    private static final byte[] CHAIN_TAG = tag("QAL-CHAIN-1");
    private static final byte[] AGGREGATE_TAG = tag("QAL-AGGREGATE-1");

    private LedgerHash() {
    }

    /** SHA-256 of the canonical encoding of a commit's events, in their order. */
    public static byte[] contentDigest(List<CommittedEvent> events) {
        Encoder out = new Encoder(COMMIT_TAG).u32(events.size());
        for (CommittedEvent e : events) {
            out.str(e.aggregateType()).str(e.aggregateId()).u64(e.sequenceNumber()).str(e.eventIdentifier())
                    .str(e.timestamp()).str(e.payloadType()).str(e.payloadRevision()).str(e.payload()).str(e.metadata());
        }
        return sha256(out.bytes());
    }

    /** The link at {@code position} of the store's chain: over the previous link, the position and the content digest. */
    public static byte[] chainHash(byte[] previousChainHash, long position, byte[] contentDigest) {
        return sha256(new Encoder(CHAIN_TAG).raw(check(previousChainHash)).u64(position).raw(check(contentDigest)).bytes());
    }

    /** The link of one aggregate's chain for its commit starting at {@code firstSequenceNumber}. */
    public static byte[] aggregateChainHash(byte[] previousAggregateHash, long firstSequenceNumber, byte[] contentDigest) {
        return sha256(new Encoder(AGGREGATE_TAG).raw(check(previousAggregateHash)).u64(firstSequenceNumber)
                .raw(check(contentDigest)).bytes());
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    public static byte[] fromHex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] check(byte[] hash) {
        if (hash == null || hash.length != SIZE) {
            throw new IllegalArgumentException("a ledger hash has " + SIZE + " bytes");
        }
        return hash;
    }

    private static byte[] tag(String name) {
        byte[] ascii = name.getBytes(StandardCharsets.US_ASCII);
        byte[] tag = new byte[ascii.length + 1];
        System.arraycopy(ascii, 0, tag, 0, ascii.length);
        return tag;
    }

    /** The framing: big-endian integers, strings as a 4-byte length and their UTF-8 bytes. */
    static final class Encoder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Encoder(byte[] tag) {
            out.writeBytes(tag);
        }

        Encoder u32(int value) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
            return this;
        }

        Encoder u64(long value) {
            out.writeBytes(ByteBuffer.allocate(8).putLong(value).array());
            return this;
        }

        /**
         * Refuses a string that is not well-formed UTF-16 (a lone surrogate): {@code getBytes} would hash
         * it as '?', while the store keeps U+FFFD, so what is hashed would differ from what is stored.
         */
        Encoder str(String value) {
            try {
                ByteBuffer utf8 = StandardCharsets.UTF_8.newEncoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .encode(CharBuffer.wrap(value));
                byte[] bytes = new byte[utf8.remaining()];
                utf8.get(bytes);
                return u32(bytes.length).raw(bytes);
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("the ledger holds only well-formed Unicode text", e);
            }
        }

        Encoder raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
