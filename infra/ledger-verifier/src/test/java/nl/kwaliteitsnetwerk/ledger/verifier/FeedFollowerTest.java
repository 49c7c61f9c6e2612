package nl.kwaliteitsnetwerk.ledger.verifier;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpServer;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.DigestStatement;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFact;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The example consumer against a feed served by a small HTTP server: an intact feed is followed to
 * the signed digest and resumed from the saved state; a missing entry, an altered digest, altered
 * facts and a digest signed by another key are each refused, naming the position.
 */
class FeedFollowerTest {

    private static final int COMMITS = 12;
    private final KeyPair service = keys();
    private final List<PublicFeedEntry> feed = new ArrayList<>();
    private String digestJson;
    private HttpServer server;

    @BeforeEach
    void aFeedOfTwelveCommitsWithOnePublicFact() throws Exception {
        byte[] chain = LedgerHash.GENESIS;
        for (int p = 0; p < COMMITS; p++) {
            byte[] content = LedgerHash.sha256(("commit " + p).getBytes(StandardCharsets.UTF_8));
            chain = LedgerHash.chainHash(chain, p, content);
            List<PublicFact> facts = p == 5 ? List.of(new PublicFact("audit.report-published", 1, "audit-1", "29WT", "event-5",
                    Instant.parse("2027-04-01T09:00:00Z"), JsonNodeFactory.instance.objectNode().put("summary", "Goed"))) : List.of();
            feed.add(attest(new PublicFeedEntry(1, "audit-service", p, LedgerHash.hex(content), LedgerHash.hex(chain), facts, null), service));
        }
        digestJson = digest(COMMITS - 1, chain, service);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().toString();
            String body;
            if (path.startsWith("/public-feed")) {
                long after = Long.parseLong(path.replaceAll(".*after=(-?\\d+).*", "$1"));
                List<String> page = feed.stream().filter(e -> e.position() > after).map(PublicFeedEntry::toJson).toList();
                body = "{\"entries\":[" + String.join(",", page) + "],\"last\":" + (after + page.size()) + "}";
            } else if (path.equals("/ledger/digests/latest")) {
                body = digestJson;
            } else {
                body = "{\"key\":\"" + Base64.getEncoder().encodeToString(service.getPublic().getEncoded()) + "\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anIntactFeedIsFollowedToTheSignedDigestAndResumedFromItsState(@TempDir Path dir) throws Exception {
        Path stateFile = dir.resolve("state.json");
        List<Long> seen = new ArrayList<>();
        FeedFollower.Round round = follower().follow(FeedFollower.State.load(stateFile), e -> seen.add(e.position()));
        round.state().save(stateFile);

        assertThat(round.entries()).isEqualTo(COMMITS);
        assertThat(round.facts()).isEqualTo(1);
        assertThat(round.digestVerifiedAt()).isEqualTo(COMMITS - 1);
        FeedFollower.Round again = follower().follow(FeedFollower.State.load(stateFile), e -> seen.add(e.position()));
        assertThat(again.entries()).isZero();
        assertThat(seen).hasSize(COMMITS).doesNotHaveDuplicates();
    }

    @Test
    void aMissingEntryIsNamed() {
        feed.remove(7);
        assertBroken("position 7 is missing");
    }

    @Test
    void anAlteredContentDigestBreaksTheChainThere() {
        change(3, e -> new PublicFeedEntry(1, e.ledger(), 3, LedgerHash.hex(LedgerHash.sha256(new byte[] {1})),
                e.chainHash(), e.facts(), e.attestation()));
        assertBroken("position 3: its chain hash does not follow");
    }

    @Test
    void factsAlteredAfterSigningAreRefused() {
        change(5, e -> new PublicFeedEntry(1, e.ledger(), 5, e.contentDigest(), e.chainHash(),
                List.of(new PublicFact("audit.report-published", 1, "audit-1", "29WT", "event-5",
                        Instant.parse("2027-04-01T09:00:00Z"), JsonNodeFactory.instance.objectNode().put("summary", "Slecht"))),
                e.attestation()));
        assertBroken("position 5: the service's signature does not cover the facts");
    }

    @Test
    void aDigestSignedByAnotherKeyIsRefused() throws Exception {
        byte[] chain = LedgerHash.fromHex(feed.get(COMMITS - 1).chainHash());
        digestJson = digest(COMMITS - 1, chain, keys());
        assertBroken("is not signed by the service's key");
    }

    private void assertBroken(String problem) {
        assertThatThrownBy(() -> follower().follow(FeedFollower.State.START, e -> { }))
                .isInstanceOf(FeedFollower.FeedBroken.class).hasMessageContaining(problem);
    }

    private void change(int position, UnaryOperator<PublicFeedEntry> change) {
        feed.set(position, change.apply(feed.get(position)));
    }

    private FeedFollower follower() {
        return new FeedFollower(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), "inspector", "inspector");
    }

    private static PublicFeedEntry attest(PublicFeedEntry entry, KeyPair keys) {
        if (entry.facts().isEmpty()) {
            return entry;
        }
        String signature = Base64.getEncoder().encodeToString(entry.attested().sign(keys.getPrivate()));
        return new PublicFeedEntry(1, entry.ledger(), entry.position(), entry.contentDigest(), entry.chainHash(),
                entry.facts(), signature);
    }

    private static String digest(long position, byte[] chain, KeyPair keys) {
        Instant signedAt = Instant.parse("2027-04-02T00:00:00Z");
        byte[] root = LedgerHash.sha256(new byte[0]);
        DigestStatement statement = new DigestStatement(position, chain, root, signedAt);
        return "{\"position\":" + position + ",\"chainHash\":\"" + LedgerHash.hex(chain) + "\",\"merkleRoot\":\""
                + LedgerHash.hex(root) + "\",\"signedAt\":\"" + signedAt + "\",\"signature\":\""
                + Base64.getEncoder().encodeToString(statement.sign(keys.getPrivate())) + "\"}";
    }

    private static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
