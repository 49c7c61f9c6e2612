package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The service's public key as the operator names it to a command on the host: its base64 X.509 text (as
 * {@code GET /ledger/public-key} serves it), or a file holding that text or the key's bytes (the {@code .pub}
 * file in the service's key directory).
 */
final class OperatorKey {

    private OperatorKey() {
    }

    /** The key's X.509 encoding; an argument that names no file is taken as base64 text. */
    static byte[] read(String argument) throws IOException {
        Path file = Path.of(argument);
        if (!Files.isRegularFile(file)) {
            return Base64.getDecoder().decode(argument.trim());
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            return Base64.getDecoder().decode(new String(bytes, StandardCharsets.US_ASCII).trim());
        } catch (IllegalArgumentException binary) {
            return bytes;
        }
    }

    /** The Ed25519 key of that encoding; anything else is an {@link IllegalArgumentException}. */
    static PublicKey ed25519(byte[] encoded) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key (X.509)", e);
        }
    }
}
