package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import nl.kwaliteitsnetwerk.ledger.testsupport.TestLedgerKeystore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the signing key comes from: outside the {@code local} profile only from the service's keystore,
 * so that its replicas share one key; a start without one is refused with a message naming the property.
 */
class LedgerKeysRequiredTest {

    private static final String SERVICE = "audit-service";

    @Test
    void withoutAKeystoreOutsideTheLocalProfileTheStartIsRefused(@TempDir Path keys) {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LedgerAutoConfiguration.class))
                .withPropertyValues("spring.application.name=" + SERVICE, "qal.ledger.key-dir=" + keys)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                        .hasMessageContaining("qal.ledger.keystore")
                        .hasMessageContaining("outside the 'local' profile")
                        .satisfies(e -> assertThat(((InvalidConfigurationPropertyValueException) e).getName())
                                .isEqualTo("qal.ledger.keystore")));
        assertThat(keys).as("no key of its own was made").isEmptyDirectory();
    }

    @Test
    void theLocalProfileKeepsAKeyOfItsOwnInTheKeyDirectory(@TempDir Path keys) {
        KeyPair made = keys("", keys, "local");
        assertThat(keys.resolve(SERVICE + "-ledger.key")).exists();
        assertThat(keys("", keys, "local").getPublic().getEncoded()).as("kept across restarts")
                .isEqualTo(made.getPublic().getEncoded());
    }

    @Test
    void everyReplicaReadsTheSameKeyFromTheMountedKeystore(@TempDir Path unused) throws Exception {
        String keystore = TestLedgerKeystore.path().toString();
        KeyPair one = keys(keystore, unused);
        KeyPair other = keys(keystore, unused);
        assertThat(other.getPublic().getEncoded()).isEqualTo(one.getPublic().getEncoded());
        assertThat(verifies(one, other)).as("what one replica signs, the other's key verifies").isTrue();
        assertThat(unused).as("the key directory is not used").isEmptyDirectory();
    }

    private static KeyPair keys(String keystore, Path keyDirectory, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new LedgerAutoConfiguration().ledgerKeys(keystore, TestLedgerKeystore.PASSWORD, TestLedgerKeystore.ALIAS,
                keyDirectory.toString(), SERVICE, environment);
    }

    private static boolean verifies(KeyPair signer, KeyPair verifier) throws Exception {
        byte[] digest = "position 42".getBytes();
        Signature sign = Signature.getInstance("Ed25519");
        sign.initSign(signer.getPrivate());
        sign.update(digest);
        byte[] signature = sign.sign();
        Signature verify = Signature.getInstance("Ed25519");
        verify.initVerify(verifier.getPublic());
        verify.update(digest);
        return verify.verify(signature);
    }
}
