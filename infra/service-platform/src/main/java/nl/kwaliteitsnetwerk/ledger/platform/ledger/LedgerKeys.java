package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * The service's Ed25519 key pair for signing ledger digests. In production from a PKCS#12 keystore
 * named by properties; on the embedded default generated once and kept in the data directory.
 */
public final class LedgerKeys {

    private LedgerKeys() {
    }

    /** The pair kept as {@code <name>.key} (PKCS#8) and {@code <name>.pub} (X.509) in {@code directory}, made if absent. */
    public static KeyPair inDirectory(Path directory, String name) {
        Path privateFile = directory.resolve(name + ".key");
        Path publicFile = directory.resolve(name + ".pub");
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))),
                        factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile))));
            }
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.createDirectories(directory);
            Files.write(publicFile, pair.getPublic().getEncoded());
            Files.write(privateFile, pair.getPrivate().getEncoded());
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the ledger key in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make or read an Ed25519 key", e);
        }
    }

    /** The pair under {@code alias} in a PKCS#12 keystore. */
    public static KeyPair fromKeystore(Path keystore, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            PrivateKey privateKey = (PrivateKey) store.getKey(alias, password);
            Certificate certificate = store.getCertificate(alias);
            if (privateKey == null || certificate == null) {
                throw new IllegalStateException("no key pair '" + alias + "' in " + keystore);
            }
            PublicKey publicKey = certificate.getPublicKey();
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ledger keystore " + keystore, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the ledger key from " + keystore, e);
        }
    }
}
