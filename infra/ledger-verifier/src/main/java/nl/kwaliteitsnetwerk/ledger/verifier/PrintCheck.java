package nl.kwaliteitsnetwerk.ledger.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The check of a paper copy, which carries no file: the position and content digest printed in its verification
 * block must be a commit of a ledger export that verifies (chains, signatures, Merkle roots), and a signed digest
 * of that export must cover it; without one the export's own hashes would vouch for it, which anyone can make.
 */
public final class PrintCheck {

    private PrintCheck() {
    }

    /** {@code publicKey}: the service's published key (base64 X.509), or null to take the export's own. */
    public static ProofCheck.Report check(LedgerFile export, String publicKey, long position, String contentDigest) {
        OfflineVerifier.Result verified = OfflineVerifier.verify(export, publicKey == null ? export.publicKey() : publicKey);
        List<String> lines = new ArrayList<>(List.of("export: " + verified.describe()));
        if (!verified.intact()) {
            return new ProofCheck.Report(lines, "the export does not verify");
        }
        Optional<LedgerFile.Commit> commit = export.commits() == null ? Optional.empty() : export.commits().stream().filter(c -> c.position() == position).findFirst();
        if (commit.isEmpty()) {
            return new ProofCheck.Report(lines, "the export holds no commit at position " + position);
        }
        if (!commit.get().contentDigest().equalsIgnoreCase(contentDigest.strip())) {
            return new ProofCheck.Report(lines, "the commit at position " + position + " has content digest "
                    + commit.get().contentDigest() + ", not the printed " + contentDigest.strip());
        }
        lines.add("OK commit: position " + position + " has content digest " + commit.get().contentDigest());
        Optional<LedgerFile.Digest> covering = export.digests() == null ? Optional.empty() : export.digests().stream().filter(d -> d.position() >= position).findFirst();
        if (covering.isEmpty()) {
            return new ProofCheck.Report(lines, "no signed digest of the export covers position " + position + " yet");
        }
        lines.add("OK signed: the digest at position " + covering.get().position() + ", signed at " + covering.get().signedAt()
                + ", covers it");
        if (publicKey == null) {
            lines.add("NOTE: the key was taken from the export itself; compare it with the one the service publishes,"
                    + " or pin it with --public-key");
        }
        return new ProofCheck.Report(lines, null);
    }
}
