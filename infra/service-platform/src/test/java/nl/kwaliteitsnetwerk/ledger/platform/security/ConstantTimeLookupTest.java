package nl.kwaliteitsnetwerk.ledger.platform.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An unknown user name must cost what a wrong password costs: the password check runs exactly once
 * either way, against a hash of the same scheme, so the work done is the same (no timing measured).
 */
class ConstantTimeLookupTest extends SecurityEdgeTestBase {

    @MockitoSpyBean
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void forgetEarlierChecks() {
        clearInvocations(passwordEncoder);
    }

    @Test
    void anUnknownUserIsCheckedOnceAgainstAHashOfTheConfiguredUsersScheme() throws Exception {
        String unknownUserHash = storedHashCheckedFor("nobody", "guess-a");
        String knownUserHash = storedHashCheckedFor("u1", "guess-b");

        assertThat(unknownUserHash).startsWith("{noop}");
        assertThat(knownUserHash).startsWith("{noop}");
    }

    @Test
    void withBcryptUsersTheDummyHashIsBcrypt() {
        PasswordEncoder encoder = ConfiguredUsersPasswordEncoder.forUsers(usersWith("{bcrypt}$2a$10$abc"));

        assertThat(encoder.encode("dummy")).startsWith("{bcrypt}$2a$10$");
    }

    @Test
    void withPbkdf2UsersTheDummyHashIsPbkdf2() {
        PasswordEncoder encoder = ConfiguredUsersPasswordEncoder.forUsers(usersWith("{pbkdf2@SpringSecurity_v5_8}0123"));

        assertThat(encoder.encode("dummy")).startsWith("{pbkdf2@SpringSecurity_v5_8}");
        assertThat(encoder.matches("secret", "{noop}secret")).as("other schemes still match").isTrue();
    }

    private String storedHashCheckedFor(String user, String password) throws Exception {
        clearInvocations(passwordEncoder);
        mvc.perform(from("10.20.0.1", get("/probe").header("Authorization", basic(user, password))))
                .andExpect(status().isUnauthorized());
        ArgumentCaptor<String> stored = ArgumentCaptor.forClass(String.class);
        verify(passwordEncoder, times(1)).matches(eq(password), stored.capture());
        return stored.getValue();
    }

    private static List<SecurityProperties.ConfiguredUser> usersWith(String password) {
        return List.of(new SecurityProperties.ConfiguredUser("x", password, Set.of(), null));
    }
}
