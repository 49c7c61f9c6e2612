package nl.kwaliteitsnetwerk.ledger.platform.print;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFact;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedEntry;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrityException;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerStorageEngine;
import nl.kwaliteitsnetwerk.ledger.testsupport.LedgerTampering;
import nl.kwaliteitsnetwerk.ledger.verifier.PrintedProof;
import nl.kwaliteitsnetwerk.ledger.verifier.ProofCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A record's commit proven to a signed digest: the proof checks out with the offline verifier's own check;
 * a commit after the latest digest gets a new one; the feed's entry comes along when it tells facts; and a
 * break, known or met on the way, is refused rather than proven.
 */
class CommitProofsTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final ProvenLedger ledger = new ProvenLedger();

    @AfterEach
    void close() {
        ledger.close();
    }

    private static ProofCheck.Report checked(CommitProof proof) throws Exception {
        return ProofCheck.check(JSON.readValue(ProofJson.write(proof), PrintedProof.class), null);
    }

    @Test
    void theCommitHoldingAnEventIsProvenToTheSignedDigest() throws Exception {
        CommitProof proof = ledger.proofs.forEvent("b", 1).orElseThrow()
                .about(new CommitProof.Proven("audit-final-report", "b", "Eindrapport", null));

        assertThat(proof.position()).as("b's events 0 and 1 are one commit at position 1").isEqualTo(1);
        assertThat(proof.ledger()).isEqualTo(ProvenLedger.LEDGER);
        assertThat(proof.contentDigest()).isEqualTo(new LedgerTampering(ledger.database).at(1).getString("contentDigest"));
        assertThat(proof.signedDigest().position()).isEqualTo(2);
        assertThat(proof.inclusion().treeSize()).isEqualTo(3);
        assertThat(proof.publicKey().sha256()).isEqualTo(LedgerHash.hex(LedgerHash.sha256(ledger.keys.getPublic().getEncoded())));
        ProofCheck.Report report = checked(proof);
        assertThat(report.holds()).as(report.describe()).isTrue();
        assertThat(report.describe()).contains("record: audit-final-report b \"Eindrapport\"");
    }

    @Test
    void anEventTheLedgerDoesNotHoldHasNoProof() {
        assertThat(ledger.proofs.forEvent("a", 2)).isEmpty();
        assertThat(ledger.proofs.forEvent("zz", 0)).isEmpty();
    }

    @Test
    void aCommitAfterTheLatestDigestIsProvenToANewlySignedOne() throws Exception {
        assertThat(checked(ledger.proofs.forEvent("a", 0).orElseThrow()).holds()).as("the leaves up to 2 are kept").isTrue();
        ledger.engine.appendEvents(ProvenLedger.event("c", 0));

        CommitProof proof = ledger.proofs.forEvent("c", 0).orElseThrow();

        assertThat(proof.position()).isEqualTo(3);
        assertThat(proof.signedDigest().position()).isEqualTo(3);
        assertThat(proof.signedDigest().chainHash()).isEqualTo(proof.chainHash());
        assertThat(ledger.digests.all()).extracting(d -> d.position()).containsExactly(2L, 3L);
        assertThat(checked(proof).holds()).isTrue();
    }

    @Test
    void aCommitAlreadyCoveredSignsNoNewDigest() {
        ledger.proofs.forEvent("a", 0).orElseThrow();

        assertThat(ledger.digests.all()).hasSize(1);
    }

    @Test
    void theFeedsEntryComesAlongWhenTheCommitTellsPublicFacts() throws Exception {
        String contentDigest = new LedgerTampering(ledger.database).at(2).getString("contentDigest");
        PublicFact fact = new PublicFact("audit.report-published", 1, "a", "29WT", "evt-a1", Instant.parse("2027-03-02T10:00:00Z"),
                JsonNodeFactory.instance.objectNode().put("title", "Eindrapport coöperatie één"));
        PublicFeedEntry unsigned = new PublicFeedEntry(1, ProvenLedger.LEDGER, 2, contentDigest,
                new LedgerTampering(ledger.database).at(2).getString("chainHash"), List.of(fact), null);
        PublicFeedEntry entry = new PublicFeedEntry(1, ProvenLedger.LEDGER, 2, contentDigest, unsigned.chainHash(), unsigned.facts(),
                Base64.getEncoder().encodeToString(unsigned.attested().sign(ledger.keys.getPrivate())));
        ledger.feed.saveAll(Map.of(2L, PublicFeedEntry.toJson(entry)), Map.of());

        CommitProof withEntry = ledger.proofs.withPublicEntry("a", 1).orElseThrow();
        CommitProof without = ledger.proofs.withPublicEntry("b", 0).orElseThrow();

        assertThat(withEntry.publicEntry().factsJson()).contains("Eindrapport coöperatie één");
        assertThat(without.publicEntry()).as("position 1 told nothing public").isNull();
        ProofCheck.Report report = checked(withEntry);
        assertThat(report.holds()).as(report.describe()).isTrue();
        assertThat(report.describe()).contains("OK public facts", "audit.report-published");
    }

    @Test
    void anAlteredCommitOfTheAggregateIsRefused() {
        new LedgerTampering(ledger.database).alterOneCharacter(2);

        assertThatThrownBy(() -> ledger.proofs.forEvent("a", 1)).isInstanceOf(LedgerIntegrityException.class);
        assertThat(ledger.integrity.intact()).isFalse();
    }

    @Test
    void aDigestChangedBelowTheSignedOneIsRefusedNotProven() {
        ledger.database.getCollection(LedgerStorageEngine.COMMITS).updateOne(Filters.eq("_id", 1L),
                Updates.set("contentDigest", LedgerHash.hex(new byte[LedgerHash.SIZE])));

        assertThatThrownBy(() -> ledger.proofs.forEvent("a", 0)).isInstanceOf(LedgerIntegrityException.class)
                .hasMessageContaining("the commits up to the signed digest are not the ones it signed");
    }

    @Test
    void aPositionMissingUnderTheSignedDigestIsRefused() {
        new LedgerTampering(ledger.database).delete(0);

        assertThatThrownBy(() -> ledger.proofs.forEvent("b", 1)).isInstanceOf(LedgerIntegrityException.class)
                .hasMessageContaining("position 0, which a signed digest covers, is missing");
    }

    @Test
    void aBreakTheServiceAlreadyKnowsRefusesEveryProof() {
        ledger.integrity.report(new LedgerBreak(7L, null, LedgerBreak.Kind.REMOVED, "position 7 is missing"));

        assertThatThrownBy(() -> ledger.proofs.forEvent("a", 0)).isInstanceOf(LedgerIntegrityException.class)
                .hasMessageContaining("position 7 is missing");
    }
}
