package nl.kwaliteitsnetwerk.ledger.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Defaults: 5 failures per user name, 20 per address, within 5 minutes; a 1-minute lock that doubles. */
class LoginThrottleTest extends SecurityEdgeTestBase {

    @Test
    void theRightPasswordIsRefusedWhileTheUserIsLocked() throws Exception {
        failLogins("u1", "10.1.0.1", 5);

        login("u1", "u1", "10.1.0.1")
                .andExpect(status().isTooManyRequests())
                .andExpect(SecuredEdge.problem("too-many-attempts"))
                .andExpect(header().string("Retry-After", "60"));
    }

    @Test
    void theLockExpiresWhenItsTimeHasPassed() throws Exception {
        failLogins("u2", "10.2.0.1", 5);
        clock.advance(Duration.ofSeconds(45));
        login("u2", "u2", "10.2.0.1").andExpect(header().string("Retry-After", "15"));

        clock.advance(Duration.ofSeconds(15));

        login("u2", "u2", "10.2.0.1").andExpect(status().isOk());
    }

    @Test
    void eachFurtherLockLastsTwiceAsLong() throws Exception {
        failLogins("u3", "10.3.0.1", 5);
        clock.advance(Duration.ofMinutes(1));

        failLogins("u3", "10.3.0.1", 5);

        login("u3", "u3", "10.3.0.1").andExpect(header().string("Retry-After", "120"));
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() throws Exception {
        assertCountStartsAgainAfter("u4", "10.4.0.1", () -> clock.advance(Duration.ofMinutes(5)));
    }

    @Test
    void aSuccessfulLoginClearsTheUsersCount() throws Exception {
        assertCountStartsAgainAfter("u5", "10.5.0.1", () -> login("u5", "u5", "10.5.0.1").andExpect(status().isOk()));
    }

    @Test
    void aLockedUserIsLockedFromEveryAddressWhileOthersFromThatAddressGoOn() throws Exception {
        failLogins("u6", "10.6.0.1", 5);

        login("u6", "u6", "10.6.0.2").andExpect(status().isTooManyRequests());
        login("u7", "u7", "10.6.0.1").andExpect(status().isOk());
    }

    @Test
    void anAddressGuessingManyNamesIsLockedForEveryUserWhileOtherAddressesGoOn() throws Exception {
        for (int name = 0; name < 20; name++) {
            login("guess-" + name, "wrong", "10.8.0.1").andExpect(status().isUnauthorized());
        }

        login("u8", "u8", "10.8.0.1")
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("too-many-attempts"));
        login("u8", "u8", "10.8.0.2").andExpect(status().isOk());
    }

    @Test
    void anUnknownUserNameIsLockedLikeAKnownOne() throws Exception {
        failLogins("nobody-9", "10.9.0.1", 5);

        login("nobody-9", "anything", "10.9.0.2").andExpect(status().isTooManyRequests());
    }

    @Test
    void invalidBearerTokensCountAgainstTheAddress() throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            bearer("forged-" + attempt, "10.10.0.1").andExpect(status().isUnauthorized());
        }

        bearer("valid", "10.10.0.1").andExpect(status().isTooManyRequests());
        bearer("valid", "10.10.0.2").andExpect(status().isOk());
    }

    @Test
    void aRequestWithoutCredentialsIsNotThrottled() throws Exception {
        for (int name = 0; name < 20; name++) {
            login("guess-" + name, "wrong", "10.11.0.1");
        }

        mvc.perform(from("10.11.0.1", get("/probe"))).andExpect(status().isUnauthorized());
    }

    /** Four failures, then {@code between}, then four more: no lock, as the first four no longer count. */
    private void assertCountStartsAgainAfter(String user, String address, Step between) throws Exception {
        failLogins(user, address, 4);
        between.run();

        failLogins(user, address, 4);

        login(user, user, address).andExpect(status().isOk());
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private void failLogins(String user, String address, int times) throws Exception {
        for (int attempt = 0; attempt < times; attempt++) {
            login(user, "wrong-" + attempt, address).andExpect(status().isUnauthorized());
        }
    }

    private ResultActions login(String user, String password, String address) throws Exception {
        return mvc.perform(from(address, get("/probe").header("Authorization", basic(user, password))));
    }

    private ResultActions bearer(String token, String address) throws Exception {
        return mvc.perform(from(address, get("/probe").header("Authorization", "Bearer " + token)));
    }
}
