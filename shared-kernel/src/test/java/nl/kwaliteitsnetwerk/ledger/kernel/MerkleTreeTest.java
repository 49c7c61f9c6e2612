package nl.kwaliteitsnetwerk.ledger.kernel;

import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleTree;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash.hex;
import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6962 trees: the roots of LEDGER.md's vectors, and inclusion proofs for every leaf of every size up to 33. */
class MerkleTreeTest {

    private static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(LedgerHash.sha256(new byte[]{(byte) i}));
        }
        return leaves;
    }

    @Test
    void rootsMatchTheVectors() {
        assertThat(hex(MerkleTree.root(List.of()))).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(hex(MerkleTree.root(leaves(1)))).isEqualTo("d9de27625445003d8a9739a851e3ff8d41c0683630b4d63a88327a6aaa37c409");
        assertThat(hex(MerkleTree.root(leaves(7)))).isEqualTo("bee2275db16667589a4515f63e0d053a2fa602c1d9f9703e98920a5bdad59baf");
    }

    @Test
    void everyLeafOfEveryTreeHasAProofThatVerifiesAndNoOtherLeafPasses() {
        for (int size = 1; size <= 33; size++) {
            List<byte[]> leaves = leaves(size);
            byte[] root = MerkleTree.root(leaves);
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = MerkleTree.inclusionProof(index, leaves);
                assertThat(MerkleTree.verifyInclusion(leaves.get(index), index, size, proof, root))
                        .as("leaf %d of %d", index, size).isTrue();
                byte[] stranger = LedgerHash.sha256(new byte[]{(byte) 200});
                assertThat(MerkleTree.verifyInclusion(stranger, index, size, proof, root)).isFalse();
                if (size > 1) {
                    int elsewhere = (index + 1) % size;
                    assertThat(MerkleTree.verifyInclusion(leaves.get(index), elsewhere, size, proof, root))
                            .as("leaf %d claimed at %d of %d", index, elsewhere, size).isFalse();
                }
            }
        }
    }
}
