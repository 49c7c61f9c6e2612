package nl.kwaliteitsnetwerk.ledger.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedEntry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The example consumer of a service's public feed over HTTP, as the inspectorate would run it. It
 * keeps its place in a small state file (position and chain hash), reads the entries after it page
 * by page, and checks each one: the next position, a chain hash that follows from the one before and
 * the entry's content digest, and the service's attestation of the facts it tells. When it passes the
 * position of the latest signed digest, it checks the digest's signature and that the chain there is
 * the one signed. Anything wrong stops it, naming the position. A receiver on Kafka puts the entries
 * of the public topic back in order of position and checks each with {@link #verifyNext}.
 * <p>
 * Usage: {@code java -jar ledger-verifier-exec.jar follow <service url> <user> <password> <state file> [--follow]}
 */
public final class FeedFollower {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final int PAGE = 500;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI service;
    private final String authorization;
    private PublicKey serviceKey;

    public FeedFollower(URI service, String user, String password) {
        this.service = service;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Where the follower stands: the last position it checked and the chain hash there. */
    public record State(long position, String chainHash) {
        public static final State START = new State(-1, LedgerHash.hex(LedgerHash.GENESIS));

        public static State load(Path file) throws IOException {
            return Files.exists(file) ? JSON.readValue(file.toFile(), State.class) : START;
        }

        public void save(Path file) throws IOException {
            Path written = file.resolveSibling(file.getFileName() + ".new");
            JSON.writeValue(written.toFile(), this);
            Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** One round: how many entries and facts were checked, and up to which signed digest the chain is proven. */
    public record Round(State state, int entries, int facts, Long digestVerifiedAt) {
    }

    /** Thrown when the feed is not what the service signed: the position and what is wrong there. */
    public static final class FeedBroken extends RuntimeException {
        public FeedBroken(String message) {
            super(message);
        }
    }

    /**
     * Reads and checks everything after {@code state} that the feed has now; every checked entry is
     * handed to {@code received}, in order.
     */
    public Round follow(State state, Consumer<PublicFeedEntry> received) throws IOException, InterruptedException {
        Optional<LedgerFile.Digest> digest = latestDigest();
        Long digestVerifiedAt = null;
        int entries = 0;
        int facts = 0;
        while (true) {
            JsonNode page = get("/public-feed?after=" + state.position() + "&limit=" + PAGE);
            JsonNode list = page.path("entries");
            for (JsonNode node : list) {
                PublicFeedEntry entry = JSON.treeToValue(node, PublicFeedEntry.class);
                state = verifyNext(state, entry, serviceKey());
                if (digest.isPresent() && digest.get().position() == entry.position()) {
                    requireDigestMatches(digest.get(), state);
                    digestVerifiedAt = entry.position();
                }
                entries++;
                facts += entry.facts().size();
                received.accept(entry);
            }
            if (list.size() < PAGE) {
                return new Round(state, entries, facts, digestVerifiedAt);
            }
        }
    }

    /** The state after {@code entry}, if it is the next one and holds; else {@link FeedBroken}, naming what is wrong. */
    public static State verifyNext(State state, PublicFeedEntry entry, PublicKey serviceKey) {
        long expected = state.position() + 1;
        if (entry.position() != expected) {
            throw new FeedBroken("position " + expected + " is missing: the feed gave " + entry.position());
        }
        byte[] chain = LedgerHash.chainHash(LedgerHash.fromHex(state.chainHash()), entry.position(),
                LedgerHash.fromHex(entry.contentDigest()));
        if (!Arrays.equals(chain, LedgerHash.fromHex(entry.chainHash()))) {
            throw new FeedBroken("position " + entry.position() + ": its chain hash does not follow from the one before");
        }
        if (!entry.attestationHolds(serviceKey)) {
            throw new FeedBroken("position " + entry.position() + ": the service's signature does not cover the facts given");
        }
        return new State(entry.position(), LedgerHash.hex(chain));
    }

    private void requireDigestMatches(LedgerFile.Digest digest, State state) throws IOException, InterruptedException {
        if (!digest.statement().verify(serviceKey(), digest.signatureBytes())) {
            throw new FeedBroken("the digest at position " + digest.position() + " is not signed by the service's key");
        }
        if (!state.chainHash().equals(digest.chainHash())) {
            throw new FeedBroken("position " + state.position() + ": the chain differs from the signed digest there");
        }
    }

    private Optional<LedgerFile.Digest> latestDigest() throws IOException, InterruptedException {
        HttpResponse<String> response = send("/ledger/digests/latest");
        return response.statusCode() == 404 ? Optional.empty()
                : Optional.of(JSON.treeToValue(parse(response), LedgerFile.Digest.class));
    }

    private PublicKey serviceKey() throws IOException, InterruptedException {
        if (serviceKey == null) {
            serviceKey = OfflineVerifier.publicKey(get("/ledger/public-key").path("key").asText());
        }
        return serviceKey;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return parse(send(path));
    }

    private HttpResponse<String> send(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(service.resolve(path)).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode parse(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException("GET " + response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: FeedFollower <service url> <user> <password> <state file> [--follow]");
            System.exit(2);
        }
        FeedFollower follower = new FeedFollower(URI.create(args[0]), args[1], args[2]);
        Path stateFile = Path.of(args[3]);
        boolean keepFollowing = args.length > 4 && args[4].equals("--follow");
        do {
            Round round = follower.follow(State.load(stateFile), entry -> entry.facts().forEach(fact ->
                    System.out.println(entry.position() + " " + fact.factType() + " " + fact.aggregateId())));
            round.state().save(stateFile);
            System.out.println("checked " + round.entries() + " entries (" + round.facts() + " public facts) up to position "
                    + round.state().position() + (round.digestVerifiedAt() == null ? ""
                    : "; the chain matches the signed digest at " + round.digestVerifiedAt()));
            if (keepFollowing) {
                Thread.sleep(2_000);
            }
        } while (keepFollowing);
    }
}
