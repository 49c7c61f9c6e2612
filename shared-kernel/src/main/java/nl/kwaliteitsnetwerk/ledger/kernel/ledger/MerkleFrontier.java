package nl.kwaliteitsnetwerk.ledger.kernel.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link MerkleTree} grown one leaf at a time: after every leaf, the same root as
 * {@code MerkleTree.root} over all leaves so far, in O(log n) memory and time. A verifier that streams
 * a ledger meets signed digests at many positions; recomputing the tree at each of them would be
 * quadratic. Keeps the roots of the perfect subtrees that make up the tree (one per set bit of the size,
 * largest first): an RFC 6962 tree of n leaves is exactly those subtrees joined from the right.
 */
public final class MerkleFrontier {

    private final List<byte[]> subtrees = new ArrayList<>();
    private long size;

    public void add(byte[] leaf) {
        byte[] node = MerkleTree.leafHash(leaf);
        for (long merged = size; (merged & 1) == 1; merged >>= 1) {
            node = MerkleTree.nodeHash(subtrees.remove(subtrees.size() - 1), node);
        }
        subtrees.add(node);
        size++;
    }

    /** MTH over every leaf added so far. */
    public byte[] root() {
        if (subtrees.isEmpty()) {
            return LedgerHash.sha256(new byte[0]);
        }
        byte[] root = subtrees.get(subtrees.size() - 1);
        for (int i = subtrees.size() - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(subtrees.get(i), root);
        }
        return root;
    }

    public long size() {
        return size;
    }
}
