package nl.kwaliteitsnetwerk.ledger.kernel;

import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.DigestStatement;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash.hex;
import static org.assertj.core.api.Assertions.assertThat;

/** The test vectors of LEDGER.md, computed there with an independent implementation (Python's hashlib). */
class LedgerHashTest {

    static final CommittedEvent FIRST = new CommittedEvent("Audit", "audit-1", 0, "e-0", "2027-03-01T10:00:00Z",
            "nl.example.AuditScheduled", null, "{\"auditId\":\"audit-1\"}", "{\"institutionCode\":\"29WT\"}");
    static final CommittedEvent SECOND = new CommittedEvent("Audit", "audit-1", 1, "e-1", "2027-03-01T10:00:00Z",
            "nl.example.AuditTeamAssigned", "2", "{\"lead\":\"Léa\"}", null);

    @Test
    void contentDigestsMatchTheVectors() {
        assertThat(hex(LedgerHash.contentDigest(List.of(FIRST))))
                .isEqualTo("4fa6340756979c1a47874f16249fa2febca88257c9284842f598045486bd127d");
        assertThat(hex(LedgerHash.contentDigest(List.of(SECOND))))
                .isEqualTo("f292a93a97e62fb56a61339c4ad3849717dd9ab78f0d8ab6ddcc5f0dc40cbb3f");
        assertThat(hex(LedgerHash.contentDigest(List.of(FIRST, SECOND))))
                .isEqualTo("3bfd1ed807aa2815db0ac0b22c5946805146a222f292c9c93320b86488176ab7");
    }

    @Test
    void chainsMatchTheVectors() {
        byte[] first = LedgerHash.contentDigest(List.of(FIRST));
        byte[] second = LedgerHash.contentDigest(List.of(SECOND));
        byte[] chain0 = LedgerHash.chainHash(LedgerHash.GENESIS, 0, first);
        assertThat(hex(chain0)).isEqualTo("123561a0ea24dcf0ea5a67a49d8fae48f822a1220381a6fa8179f255e459bd1f");
        assertThat(hex(LedgerHash.chainHash(chain0, 1, second)))
                .isEqualTo("eafc3ab61d63ffccb639ac16b187c37aff2544a0cd41ca7bea9086154d0b375e");
        byte[] aggregate0 = LedgerHash.aggregateChainHash(LedgerHash.GENESIS, 0, first);
        assertThat(hex(LedgerHash.aggregateChainHash(aggregate0, 1, second)))
                .isEqualTo("191464b5256c39e3a54ee09b3dd52209f8d38c73684f461786fbbaf8052a1401");
    }

    @Test
    void anyChangeOfAnyFieldChangesTheDigest() {
        byte[] original = LedgerHash.contentDigest(List.of(FIRST));
        List<CommittedEvent> altered = List.of(
                new CommittedEvent("Audit", "audit-2", 0, "e-0", FIRST.timestamp(), FIRST.payloadType(), null, FIRST.payload(), FIRST.metadata()),
                new CommittedEvent("Audit", "audit-1", 1, "e-0", FIRST.timestamp(), FIRST.payloadType(), null, FIRST.payload(), FIRST.metadata()),
                new CommittedEvent("Audit", "audit-1", 0, "e-0", FIRST.timestamp(), FIRST.payloadType(), null,
                        "{\"auditId\":\"audit-9\"}", FIRST.metadata()),
                new CommittedEvent("Audit", "audit-1", 0, "e-0", FIRST.timestamp(), FIRST.payloadType(), null, FIRST.payload(),
                        "{\"institutionCode\":\"25LH\"}"),
                new CommittedEvent("Audi", "taudit-1", 0, "e-0", FIRST.timestamp(), FIRST.payloadType(), null, FIRST.payload(),
                        FIRST.metadata()));
        altered.forEach(e -> assertThat(LedgerHash.contentDigest(List.of(e))).as(e.toString()).isNotEqualTo(original));
        assertThat(LedgerHash.contentDigest(List.of(SECOND, FIRST))).as("order counts")
                .isNotEqualTo(LedgerHash.contentDigest(List.of(FIRST, SECOND)));
    }

    @Test
    void aSignedDigestVerifiesWithItsKeyAndOnlyAsSigned() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] chain = LedgerHash.chainHash(LedgerHash.GENESIS, 0, LedgerHash.contentDigest(List.of(FIRST)));
        DigestStatement statement = new DigestStatement(0, chain, LedgerHash.sha256(chain), Instant.parse("2027-03-01T12:00:00Z"));
        byte[] signature = statement.sign(keys.getPrivate());
        assertThat(statement.verify(keys.getPublic(), signature)).isTrue();
        DigestStatement later = new DigestStatement(1, chain, LedgerHash.sha256(chain), Instant.parse("2027-03-01T12:00:00Z"));
        assertThat(later.verify(keys.getPublic(), signature)).isFalse();
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThat(statement.verify(other.getPublic(), signature)).isFalse();
    }
}
