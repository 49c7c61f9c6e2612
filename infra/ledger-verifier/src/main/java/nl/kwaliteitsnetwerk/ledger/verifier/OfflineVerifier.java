package nl.kwaliteitsnetwerk.ledger.verifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.DigestStatement;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a saved ledger export offline: positions gap-free from 0, every content digest against its
 * events, the store's chain, every aggregate's chain, and every signed digest (signature, chain hash
 * and Merkle root at its position). Names the first broken link. A commit the reader may not see can
 * come without its events, with its position and content digest only: the chain still verifies over it.
 * Usage:
 * {@code java -jar ledger-verifier-exec.jar <export.json> [<public key, base64 X.509>]}; without a key
 * it uses the export's own, which proves integrity but not who signed. With {@code follow} first, it
 * runs {@link FeedFollower} on a service's public feed instead.
 */
public final class OfflineVerifier {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private OfflineVerifier() {
    }

    /** What the check found: how much it checked, and the first problem if any. */
    public record Result(int commits, int digests, String problem) {

        public boolean intact() {
            return problem == null;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("follow")) {
            FeedFollower.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length < 1) {
            System.err.println("usage: java -jar ledger-verifier-exec.jar <export.json> [<public key, base64 X.509>]");
            System.exit(2);
        }
        LedgerFile file = JSON.readValue(Files.readString(Path.of(args[0])), LedgerFile.class);
        Result result = verify(file, args.length > 1 ? args[1] : file.publicKey());
        if (result.intact()) {
            System.out.println("intact: " + result.commits() + " commits, " + result.digests() + " signed digests verified");
        } else {
            System.out.println("BROKEN: " + result.problem());
            System.exit(1);
        }
    }

    public static Result verify(LedgerFile file, String publicKey) {
        List<byte[]> contentDigests = new ArrayList<>();
        List<byte[]> chain = new ArrayList<>();
        Map<String, byte[]> aggregates = new HashMap<>();
        byte[] previous = LedgerHash.GENESIS;
        for (int i = 0; i < file.commits().size(); i++) {
            LedgerFile.Commit commit = file.commits().get(i);
            if (commit.position() != i) {
                return broken(i, 0, "commit " + i + " is missing or out of place: found position " + commit.position()
                        + " there (removed, inserted or reordered)");
            }
            byte[] digest = LedgerHash.fromHex(commit.contentDigest());
            if (commit.events() != null && !Arrays.equals(digest, LedgerHash.contentDigest(commit.events()))) {
                return broken(i, 0, "commit " + i + ": its events do not match its content digest (altered)");
            }
            previous = LedgerHash.chainHash(previous, i, digest);
            if (!Arrays.equals(previous, LedgerHash.fromHex(commit.chainHash()))) {
                return broken(i, 0, "commit " + i + ": its chain hash does not follow from the commit before it");
            }
            byte[] aggregate = LedgerHash.aggregateChainHash(aggregates.getOrDefault(commit.aggregateId(), LedgerHash.GENESIS),
                    commit.firstSequence(), digest);
            if (!Arrays.equals(aggregate, LedgerHash.fromHex(commit.aggregateHash()))) {
                return broken(i, 0, "commit " + i + ": its link in the chain of aggregate " + commit.aggregateId() + " is wrong");
            }
            aggregates.put(commit.aggregateId(), aggregate);
            contentDigests.add(digest);
            chain.add(previous);
        }
        PublicKey key = publicKey(publicKey);
        int checked = 0;
        for (LedgerFile.Digest digest : file.digests()) {
            DigestStatement statement = digest.statement();
            if (!statement.verify(key, digest.signatureBytes())) {
                return broken(file.commits().size(), checked, "digest at position " + digest.position() + ": the signature does not verify");
            }
            if (digest.position() >= chain.size()) {
                return broken(file.commits().size(), checked, "digest at position " + digest.position()
                        + " covers commits the export does not hold (removed at the end)");
            }
            if (!Arrays.equals(chain.get((int) digest.position()), statement.chainHash())
                    || !Arrays.equals(MerkleTree.root(contentDigests.subList(0, (int) digest.position() + 1)), statement.merkleRoot())) {
                return broken(file.commits().size(), checked, "digest at position " + digest.position()
                        + ": the commits up to it are not the ones it signed");
            }
            checked++;
        }
        return new Result(file.commits().size(), checked, null);
    }

    /** A service's Ed25519 public key, as it serves it: Base64 of the X.509 encoding. */
    static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key (base64 X.509): " + base64, e);
        }
    }

    private static Result broken(int commits, int digests, String problem) {
        return new Result(commits, digests, problem);
    }
}
