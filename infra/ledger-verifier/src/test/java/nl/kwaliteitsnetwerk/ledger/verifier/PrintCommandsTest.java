package nl.kwaliteitsnetwerk.ledger.verifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.DigestStatement;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleTree;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFact;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedEntry;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * check-pdf and check-print on a ledger of seven commits, the fifth of which (position 4) a report was printed
 * from, proven to the digest signed at position 6: the intact proof verifies, pinned or not; a changed digest,
 * path, signature, fact or key does not; a paper copy's position and digest are checked against the export.
 */
class PrintCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final int PRINTED = 4;

    @TempDir
    Path directory;

    private final KeyPair keys = ed25519();
    private final List<byte[]> leaves = new ArrayList<>();
    private final List<byte[]> chains = new ArrayList<>();
    private final DigestStatement statement = ledger();
    private final String signature = Base64.getEncoder().encodeToString(statement.sign(keys.getPrivate()));

    private DigestStatement ledger() {
        byte[] chain = LedgerHash.GENESIS;
        for (int p = 0; p < 7; p++) {
            byte[] leaf = LedgerHash.sha256(("commit " + p).getBytes(StandardCharsets.UTF_8));
            chain = LedgerHash.chainHash(chain, p, leaf);
            leaves.add(leaf);
            chains.add(chain);
        }
        return new DigestStatement(6, chain, MerkleTree.root(leaves), Instant.parse("2027-03-02T10:15:30.123Z"));
    }

    private ObjectNode proof() throws Exception {
        PublicFact fact = new PublicFact("audit.report-published", 1, "audit-1", "29WT", "evt-1",
                Instant.parse("2027-03-02T10:00:00Z"), JSON.createObjectNode().put("title", "Rapport één").put("year", 2027));
        PublicFeedEntry unsigned = new PublicFeedEntry(1, "audit-service", PRINTED, LedgerHash.hex(leaves.get(PRINTED)),
                LedgerHash.hex(chains.get(PRINTED)), List.of(fact), null);
        PublicFeedEntry entry = new PublicFeedEntry(1, "audit-service", PRINTED, unsigned.contentDigest(), unsigned.chainHash(),
                unsigned.facts(), Base64.getEncoder().encodeToString(unsigned.attested().sign(keys.getPrivate())));
        byte[] key = keys.getPublic().getEncoded();
        PrintedProof proof = new PrintedProof(PrintedProof.DOCUMENT, 1, "audit-service", PRINTED,
                LedgerHash.hex(leaves.get(PRINTED)), LedgerHash.hex(chains.get(PRINTED)),
                new LedgerFile.Digest(6, LedgerHash.hex(statement.chainHash()), LedgerHash.hex(statement.merkleRoot()),
                        statement.signedAt(), signature),
                new PrintedProof.Inclusion(PRINTED, 7, MerkleTree.inclusionProof(PRINTED, leaves).stream().map(LedgerHash::hex).toList()),
                new PrintedProof.Key("Ed25519", Base64.getEncoder().encodeToString(key), LedgerHash.hex(LedgerHash.sha256(key))),
                new PrintedProof.PublicEntry(JSON.readTree(PublicFeedEntry.toJson(entry)), IntegrationEventCodec.write(entry.facts(), "facts")),
                new PrintedProof.Proven("audit-final-report", "audit-1", "Eindrapport", null));
        return JSON.valueToTree(proof);
    }

    private Path pdf(ObjectNode proof) throws Exception {
        Path file = Files.createTempFile(directory, "report", ".pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            if (proof != null) {
                byte[] json = JSON.writeValueAsBytes(proof);
                PDEmbeddedFile embedded = new PDEmbeddedFile(pdf, new ByteArrayInputStream(json));
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile(PdfProof.ATTACHMENT);
                spec.setEmbeddedFile(embedded);
                PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
                files.setNames(Map.of(PdfProof.ATTACHMENT, spec));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
                names.setEmbeddedFiles(files);
                pdf.getDocumentCatalog().setNames(names);
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    /** What a forger does to the facts: both the entry and the facts JSON changed alike; only the attestation tells. */
    private static void otherFactsConsistently(ObjectNode proof) {
        ((ObjectNode) proof.at("/publicEntry/entry/facts/0/body")).put("title", "Rapport twee");
        PublicFeedEntry changed = PublicFeedEntry.fromJson(proof.at("/publicEntry/entry").toString());
        ((ObjectNode) proof.get("publicEntry")).put("factsJson", IntegrationEventCodec.write(changed.facts(), "facts"));
    }

    private static void assertFails(Run run, String problem) {
        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("NOT VERIFIED: " + problem);
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = PrintCommands.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anIntactProofVerifiesAndAsksForTheFingerprintToBeCompared() throws Exception {
        Run run = run("check-pdf", pdf(proof()).toString());

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("OK inclusion", "OK signature", "OK public facts", "audit.report-published",
                "VERIFIED", "NOTE: the key was taken from the proof itself");
    }

    @Test
    void aPinnedKeyVerifiesAsTheServicesOwnAndAnotherKeyFails() throws Exception {
        Path pdf = pdf(proof());
        Path keyFile = Files.write(directory.resolve("audit-service-ledger.pub"), keys.getPublic().getEncoded());

        Run pinned = run("check-pdf", pdf.toString(), "--public-key", keyFile.toString());
        Run other = run("check-pdf", pdf.toString(), "--public-key",
                Base64.getEncoder().encodeToString(ed25519().getPublic().getEncoded()));

        assertThat(pinned.exit()).as(pinned.output()).isZero();
        assertThat(pinned.output()).contains("the key is the pinned one").doesNotContain("NOTE");
        assertThat(other.exit()).isEqualTo(1);
        assertThat(other.output()).contains("NOT VERIFIED: the proof's key is not the pinned key");
    }

    @Test
    void aProofSignedByAnotherKeyFailsItsSignature() throws Exception {
        ObjectNode proof = proof();
        byte[] forger = ed25519().getPublic().getEncoded();
        ((ObjectNode) proof.get("publicKey")).put("x509", Base64.getEncoder().encodeToString(forger))
                .put("sha256", LedgerHash.hex(LedgerHash.sha256(forger)));

        Run run = run("check-pdf", pdf(proof).toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("OK inclusion", "NOT VERIFIED: the signature of the digest at position 6 does not verify");
    }

    @Test
    void everyChangedPartOfTheProofIsFound() throws Exception {
        Map<String, java.util.function.Consumer<ObjectNode>> changes = Map.of(
                "the inclusion proof does not lead", p -> p.put("contentDigest", LedgerHash.hex(leaves.get(3))),
                "the inclusion proof does not lead to", p -> ((com.fasterxml.jackson.databind.node.ArrayNode) p.at("/inclusion/auditPath"))
                        .set(0, JSON.getNodeFactory().textNode(LedgerHash.hex(leaves.get(0)))),
                "the signature of the digest", p -> ((ObjectNode) p.get("signedDigest")).put("signedAt", "2027-03-02T10:15:31.123Z"),
                "the public facts given are not the ones", p -> ((ObjectNode) p.get("publicEntry")).put("factsJson",
                        p.at("/publicEntry/factsJson").asText().replace("één", "twee")),
                "the service's signature does not cover", PrintCommandsTest::otherFactsConsistently,
                "the key's stated fingerprint", p -> ((ObjectNode) p.get("publicKey")).put("sha256", LedgerHash.hex(leaves.get(0))),
                "not a ledger-proof document", p -> p.put("version", 2));
        for (var change : changes.entrySet()) {
            ObjectNode proof = proof();
            change.getValue().accept(proof);

            Run run = run("check-pdf", pdf(proof).toString());

            assertThat(run.exit()).as(change.getKey()).isEqualTo(1);
            assertThat(run.output()).as(run.output()).contains("NOT VERIFIED: " + change.getKey().substring(0, 10))
                    .contains(change.getKey());
        }
    }

    @Test
    void aPdfWithoutTheProofFails() throws Exception {
        Run run = run("check-pdf", pdf(null).toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("NOT VERIFIED: the PDF carries no ledger-proof.json");
    }

    @Test
    void aPaperCopysPositionAndDigestAreACommitOfTheVerifiedExport() throws Exception {
        Path export = export(6);
        String printed = LedgerHash.hex(leaves.get(PRINTED));

        Run held = run("check-print", "--export", export.toString(), "--position", "4", "--content-digest", printed);
        Run otherDigest = run("check-print", "--export", export.toString(), "--position", "3", "--content-digest", printed);
        Run notSigned = run("check-print", "--export", export(3).toString(), "--position", "4", "--content-digest", printed);

        assertThat(held.exit()).as(held.output()).isZero();
        assertThat(held.output()).contains("export: intact: 7 commits, 1 signed digests verified", "OK commit: position 4",
                "the digest at position 6", "VERIFIED");
        assertFails(otherDigest, "the commit at position 3 has content digest");
        assertFails(notSigned, "no signed digest of the export covers position 4");
    }

    @Test
    void aFileThatCannotBeReadFailsWithoutAStackTrace() throws Exception {
        Path notAPdf = Files.writeString(directory.resolve("report.pdf"), "not a pdf");

        Run pdf = run("check-pdf", notAPdf.toString());
        Run export = run("check-print", "--export", directory.resolve("missing.json").toString(), "--position", "1",
                "--content-digest", LedgerHash.hex(leaves.get(1)));

        assertFails(pdf, "cannot read the PDF");
        assertFails(export, "cannot read the export");
    }

    @Test
    void aWrongCommandLineAnswersTheUsage() throws Exception {
        Run run = run("check-print", "--position", "x");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.output()).contains("usage:");
    }

    /** A proof export of the seven commits with one digest, signed at {@code signedAt}, each commit its own aggregate. */
    private Path export(int signedAt) throws Exception {
        List<LedgerFile.Commit> commits = new ArrayList<>();
        for (int p = 0; p < leaves.size(); p++) {
            byte[] link = LedgerHash.aggregateChainHash(LedgerHash.GENESIS, 0, leaves.get(p));
            commits.add(new LedgerFile.Commit(p, "Audit", "a" + p, 0, 0L, null, LedgerHash.hex(leaves.get(p)),
                    LedgerHash.hex(chains.get(p)), LedgerHash.hex(LedgerHash.GENESIS), LedgerHash.hex(link)));
        }
        DigestStatement signed = new DigestStatement(signedAt, chains.get(signedAt), MerkleTree.root(leaves.subList(0, signedAt + 1)),
                statement.signedAt());
        LedgerFile file = new LedgerFile(1, LedgerFile.PROOF, Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                commits, List.of(new LedgerFile.Digest(signedAt, LedgerHash.hex(signed.chainHash()),
                LedgerHash.hex(signed.merkleRoot()), signed.signedAt(),
                Base64.getEncoder().encodeToString(signed.sign(keys.getPrivate())))));
        Path path = Files.createTempFile(directory, "export", ".json");
        JSON.writeValue(path.toFile(), file);
        return path;
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
