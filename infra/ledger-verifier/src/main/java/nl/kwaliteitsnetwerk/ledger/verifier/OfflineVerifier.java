package nl.kwaliteitsnetwerk.ledger.verifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
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
 * events, the store's chain, every aggregate's chain and sequence numbers, and every signed digest
 * (signature, chain hash and Merkle root at its position). Names the first broken link.
 * <p>
 * It takes either kind of export. A full export (the operator's, for a restore) gives every commit's
 * events, so every content digest is recomputed from them. A proof export ({@code GET /ledger/export})
 * gives no events: its content digests are taken as given, and the result counts them. The chains, the
 * signatures and the Merkle roots are then proven over those digests, so a commit removed, moved,
 * inserted or given another digest is still found; what the digests hash is not checked, because the file
 * does not hold it. A full export may likewise give a commit by its digest only.
 * <p>
 * Usage: {@code java -jar ledger-verifier-exec.jar <export.json> [<public key, base64 X.509>]}; without a
 * key it uses the export's own, which proves integrity but not who signed. With {@code follow} first, it
 * runs {@link FeedFollower} on a service's public feed instead; with {@code check-pdf} or {@code check-print},
 * the checks of a printed report ({@link PrintCommands}).
 */
public final class OfflineVerifier {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private OfflineVerifier() {
    }

    /**
     * What the check found: how many commits and signed digests it checked, the first problem if any, and of
     * how many commits the content digest was taken as given (the export held no events for them).
     */
    public record Result(int commits, int digests, String problem, int contentDigestsTakenAsGiven) {

        public boolean intact() {
            return problem == null;
        }

        /** The line the command prints. */
        public String describe() {
            if (!intact()) {
                return "BROKEN: " + problem;
            }
            String verified = "intact: " + commits + " commits, " + digests + " signed digests verified";
            if (contentDigestsTakenAsGiven == 0) {
                return verified;
            }
            return verified + "; the content digests of " + contentDigestsTakenAsGiven + " commits were taken as given"
                    + " (the export holds no events for them): the chains, signatures and Merkle roots are proven over"
                    + " those digests, not what they hash";
        }
    }

    /** Where an aggregate's chain stands: its last sequence number (null when a commit without events left it unknown) and link. */
    private record AggregateTip(Long lastSequence, byte[] hash) {
        static final AggregateTip START = new AggregateTip(-1L, LedgerHash.GENESIS);
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("follow")) {
            FeedFollower.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].startsWith("check-")) {
            System.exit(PrintCommands.run(List.of(args), System.out));
        }
        if (args.length < 1) {
            System.err.println("usage: java -jar ledger-verifier-exec.jar <export.json> [<public key, base64 X.509>]");
            System.err.println(PrintCommands.USAGE);
            System.exit(2);
        }
        LedgerFile file = JSON.readValue(Files.readString(Path.of(args[0])), LedgerFile.class);
        Result result = verify(file, args.length > 1 ? args[1] : file.publicKey());
        System.out.println(result.describe());
        if (!result.intact()) {
            System.exit(1);
        }
    }

    public static Result verify(LedgerFile file, String publicKey) {
        if (!file.kind().equals(LedgerFile.FULL) && !file.kind().equals(LedgerFile.PROOF)) {
            return new Result(0, 0, "not a ledger export this verifier knows: its contents is " + file.kind(), 0);
        }
        List<LedgerFile.Commit> commits = file.commits() == null ? List.of() : file.commits();
        List<byte[]> contentDigests = new ArrayList<>();
        List<byte[]> chain = new ArrayList<>();
        Map<String, AggregateTip> aggregates = new HashMap<>();
        byte[] previous = LedgerHash.GENESIS;
        int takenAsGiven = 0;
        for (int i = 0; i < commits.size(); i++) {
            LedgerFile.Commit commit = commits.get(i);
            if (commit.position() != i) {
                return broken(i, 0, "commit " + i + " is missing or out of place: found position " + commit.position()
                        + " there (removed, inserted or reordered)", takenAsGiven);
            }
            byte[] digest = LedgerHash.fromHex(commit.contentDigest());
            if (commit.events() == null) {
                takenAsGiven++;
            } else if (!Arrays.equals(digest, LedgerHash.contentDigest(commit.events()))) {
                return broken(i, 0, "commit " + i + ": its events do not match its content digest (altered)", takenAsGiven);
            } else if (!eventsAreItsOwn(commit)) {
                return broken(i, 0, "commit " + i + ": its events are not sequence " + commit.firstSequence() + " onwards of "
                        + commit.aggregateType() + " " + commit.aggregateId() + " (altered)", takenAsGiven);
            }
            previous = LedgerHash.chainHash(previous, i, digest);
            if (!Arrays.equals(previous, LedgerHash.fromHex(commit.chainHash()))) {
                return broken(i, 0, "commit " + i + ": its chain hash does not follow from the commit before it", takenAsGiven);
            }
            AggregateTip tip = aggregates.getOrDefault(commit.aggregateId(), AggregateTip.START);
            String aggregateProblem = aggregateProblem(commit, tip, digest);
            if (aggregateProblem != null) {
                return broken(i, 0, "commit " + i + ": " + aggregateProblem, takenAsGiven);
            }
            aggregates.put(commit.aggregateId(), new AggregateTip(lastSequence(commit),
                    LedgerHash.aggregateChainHash(tip.hash(), commit.firstSequence(), digest)));
            contentDigests.add(digest);
            chain.add(previous);
        }
        PublicKey key = publicKey(publicKey);
        int checked = 0;
        for (LedgerFile.Digest digest : file.digests() == null ? List.<LedgerFile.Digest>of() : file.digests()) {
            DigestStatement statement = digest.statement();
            if (!statement.verify(key, digest.signatureBytes())) {
                return broken(commits.size(), checked, "digest at position " + digest.position() + ": the signature does not verify",
                        takenAsGiven);
            }
            if (digest.position() >= chain.size()) {
                return broken(commits.size(), checked, "digest at position " + digest.position()
                        + " covers commits the export does not hold (removed at the end)", takenAsGiven);
            }
            if (!Arrays.equals(chain.get((int) digest.position()), statement.chainHash())
                    || !Arrays.equals(MerkleTree.root(contentDigests.subList(0, (int) digest.position() + 1)), statement.merkleRoot())) {
                return broken(commits.size(), checked, "digest at position " + digest.position()
                        + ": the commits up to it are not the ones it signed", takenAsGiven);
            }
            checked++;
        }
        return new Result(commits.size(), checked, null, takenAsGiven);
    }

    /** The content digest covers the events' aggregate and sequence numbers: they must be the commit's own. */
    private static boolean eventsAreItsOwn(LedgerFile.Commit commit) {
        List<CommittedEvent> events = commit.events();
        for (int i = 0; i < events.size(); i++) {
            CommittedEvent event = events.get(i);
            if (!event.aggregateId().equals(commit.aggregateId()) || !event.aggregateType().equals(commit.aggregateType())
                    || event.sequenceNumber() != commit.firstSequence() + i) {
                return false;
            }
        }
        return !events.isEmpty();
    }

    /** Its place in its aggregate's chain: on from the last sequence number before it, linked to that commit. */
    private static String aggregateProblem(LedgerFile.Commit commit, AggregateTip tip, byte[] digest) {
        if (tip.lastSequence() != null && commit.firstSequence() != tip.lastSequence() + 1) {
            return "its first sequence number " + commit.firstSequence() + " does not follow on from " + tip.lastSequence()
                    + " in aggregate " + commit.aggregateId() + " (removed or forked)";
        }
        if (commit.previousAggregateHash() != null
                && !Arrays.equals(tip.hash(), LedgerHash.fromHex(commit.previousAggregateHash()))) {
            return "its link to the previous commit of aggregate " + commit.aggregateId() + " is wrong";
        }
        byte[] link = LedgerHash.aggregateChainHash(tip.hash(), commit.firstSequence(), digest);
        if (!Arrays.equals(link, LedgerHash.fromHex(commit.aggregateHash()))) {
            return "its link in the chain of aggregate " + commit.aggregateId() + " is wrong";
        }
        return null;
    }

    /** From its events when the export gives them, else as the export states it; null when neither tells. */
    private static Long lastSequence(LedgerFile.Commit commit) {
        if (commit.events() != null) {
            return commit.firstSequence() + commit.events().size() - 1;
        }
        return commit.lastSequence();
    }

    /** A service's Ed25519 public key, as it serves it: Base64 of the X.509 encoding. */
    static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key (base64 X.509): " + base64, e);
        }
    }

    private static Result broken(int commits, int digests, String problem, int takenAsGiven) {
        return new Result(commits, digests, problem, takenAsGiven);
    }
}
