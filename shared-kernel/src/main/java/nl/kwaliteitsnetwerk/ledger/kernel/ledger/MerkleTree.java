package nl.kwaliteitsnetwerk.ledger.kernel.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 6962 (section 2.1) over the content digests of the commits, in position
 * order: a signed digest commits to every commit up to its position, and an inclusion proof shows
 * that one commit is among them without the others.
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    /** MTH(D[n]): the root over {@code leaves} (content digests). */
    public static byte[] root(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return LedgerHash.sha256(new byte[0]);
        }
        if (leaves.size() == 1) {
            return leafHash(leaves.get(0));
        }
        int k = largestPowerOfTwoBelow(leaves.size());
        return nodeHash(root(leaves.subList(0, k)), root(leaves.subList(k, leaves.size())));
    }

    /** PATH(m, D[n]): the audit path of leaf {@code index} in the tree over {@code leaves}, from the leaf up. */
    public static List<byte[]> inclusionProof(int index, List<byte[]> leaves) {
        if (index < 0 || index >= leaves.size()) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + leaves.size());
        }
        List<byte[]> path = new ArrayList<>();
        if (leaves.size() == 1) {
            return path;
        }
        int k = largestPowerOfTwoBelow(leaves.size());
        if (index < k) {
            path.addAll(inclusionProof(index, leaves.subList(0, k)));
            path.add(root(leaves.subList(k, leaves.size())));
        } else {
            path.addAll(inclusionProof(index - k, leaves.subList(k, leaves.size())));
            path.add(root(leaves.subList(0, k)));
        }
        return path;
    }

    /** Whether {@code leaf} is leaf {@code index} of a tree of {@code size} leaves with {@code root} (RFC 9162, 2.1.3.2). */
    public static boolean verifyInclusion(byte[] leaf, int index, int size, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1L;
        byte[] r = leafHash(leaf);
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    static byte[] leafHash(byte[] leaf) {
        byte[] input = new byte[leaf.length + 1];
        System.arraycopy(leaf, 0, input, 1, leaf.length);
        return LedgerHash.sha256(input);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        byte[] input = new byte[1 + left.length + right.length];
        input[0] = 1;
        System.arraycopy(left, 0, input, 1, left.length);
        System.arraycopy(right, 0, input, 1 + left.length, right.length);
        return LedgerHash.sha256(input);
    }

    private static int largestPowerOfTwoBelow(int n) {
        int k = 1;
        while (k << 1 < n) {
            k <<= 1;
        }
        return k;
    }
}
