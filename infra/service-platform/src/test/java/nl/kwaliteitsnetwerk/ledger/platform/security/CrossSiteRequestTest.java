package nl.kwaliteitsnetwerk.ledger.platform.security;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Named.named;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A signed-in browser cannot be made to change state from another site; other clients are unaffected. */
class CrossSiteRequestTest extends SecurityEdgeTestBase {

    private static final String ADDRESS = "10.30.0.1";

    /** A request with the right credentials, from the address these tests share. */
    private static MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
        return from(ADDRESS, request.header("Authorization", basic("u9", "u9")));
    }

    @Test
    void aPostFromAForeignOriginIsRefusedAlthoughTheCredentialsAreRight() throws Exception {
        mvc.perform(signedIn(post("/probe").header("Origin", "https://evil.example")))
                .andExpect(status().isForbidden())
                .andExpect(SecuredEdge.problem("cross-site-request"));
    }

    @Test
    void aPostFromAnOpaqueOriginIsRefused() throws Exception {
        mvc.perform(signedIn(post("/probe").header("Origin", "null")))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site"})
    void aPostTheBrowserMarksAsCrossSiteIsRefused(String fetchSite) throws Exception {
        mvc.perform(signedIn(post("/probe").header("Sec-Fetch-Site", fetchSite)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("cross-site-request"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"})
    void aBodyABrowserCanSendWithoutPreflightIsRefused(String contentType) throws Exception {
        mvc.perform(signedIn(post("/probe").contentType(contentType)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(SecuredEdge.problem("unsupported-media-type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "application/merge-patch+json"})
    void aJsonPostPasses(String contentType) throws Exception {
        mvc.perform(signedIn(post("/probe").contentType(contentType).content("{}")))
                .andExpect(status().isOk());
    }

    /** Requests that are no cross-site change, each named after the rule that lets it pass. */
    static Stream<Named<MockHttpServletRequestBuilder>> noCrossSiteChange() {
        return Stream.of(
                named("a bodyless post without Origin or Content-Type, from curl, passes", post("/probe")),
                named("a post from the service's own origin passes",
                        post("/probe").header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin")),
                named("a post from a configured front end passes",
                        post("/probe").header("Origin", "https://front.example.nl").header("Sec-Fetch-Site", "cross-site")),
                named("a read from a foreign origin is not a cross-site change",
                        get("/probe").header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site")));
    }

    @ParameterizedTest
    @MethodSource("noCrossSiteChange")
    void passes(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(signedIn(request)).andExpect(status().isOk());
    }

    @Test
    void aRefusedCrossSitePostIsNotCountedAsAFailedLogin() throws Exception {
        for (int attempt = 0; attempt < 6; attempt++) {
            mvc.perform(from("10.31.0.1", post("/probe").header("Authorization", basic("u9", "wrong"))
                    .header("Origin", "https://evil.example"))).andExpect(status().isForbidden());
        }

        mvc.perform(from("10.31.0.1", get("/probe").header("Authorization", basic("u9", "u9"))))
                .andExpect(status().isOk());
    }
}
