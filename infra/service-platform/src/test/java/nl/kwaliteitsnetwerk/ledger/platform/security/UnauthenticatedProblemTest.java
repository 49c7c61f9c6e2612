package nl.kwaliteitsnetwerk.ledger.platform.security;

import org.junit.jupiter.api.Test;

import static nl.kwaliteitsnetwerk.ledger.platform.security.SecuredEdge.problem;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every way of failing to sign in answers 401 as a problem with a code, beside the challenge its scheme asks for. */
class UnauthenticatedProblemTest extends SecurityEdgeTestBase {

    @Test
    void anInvalidBearerTokenIsAProblemWithTheBearerChallenge() throws Exception {
        mvc.perform(from("10.40.0.1", get("/probe").header("Authorization", "Bearer forged")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
                .andExpect(problem("unauthenticated"));
    }

    @Test
    void aWrongPasswordIsAProblemWithTheBasicChallenge() throws Exception {
        mvc.perform(from("10.40.0.2", get("/probe").header("Authorization", basic("u1", "wrong"))))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    @Test
    void noCredentialsAtAllIsAProblem() throws Exception {
        mvc.perform(from("10.40.0.3", get("/probe")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }
}
