package nl.kwaliteitsnetwerk.ledger.kernel;

import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleFrontier;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleTree;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash.hex;
import static org.assertj.core.api.Assertions.assertThat;

/** The tree grown leaf by leaf has, at every size, the root of the whole tree over the same leaves. */
class MerkleFrontierTest {

    @Test
    void everyRootEqualsTheWholeTreesRootAndTheVectors() {
        MerkleFrontier frontier = new MerkleFrontier();
        List<byte[]> leaves = new ArrayList<>();
        assertThat(hex(frontier.root())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        for (int i = 0; i < 130; i++) {
            byte[] leaf = LedgerHash.sha256(new byte[]{(byte) i});
            frontier.add(leaf);
            leaves.add(leaf);
            assertThat(hex(frontier.root())).as("%d leaves", leaves.size()).isEqualTo(hex(MerkleTree.root(leaves)));
            if (leaves.size() == 7) {
                assertThat(hex(frontier.root())).isEqualTo("bee2275db16667589a4515f63e0d053a2fa602c1d9f9703e98920a5bdad59baf");
            }
        }
        assertThat(frontier.size()).isEqualTo(130);
    }
}
