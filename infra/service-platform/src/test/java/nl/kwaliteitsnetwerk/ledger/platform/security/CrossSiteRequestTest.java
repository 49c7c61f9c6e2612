package nl.kwaliteitsnetwerk.ledger.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A signed-in browser cannot be made to change state from another site; other clients are unaffected. */
class CrossSiteRequestTest extends SecurityEdgeTestBase {

    private static final String ADDRESS = "10.30.0.1";

    @Test
    void aPostFromAForeignOriginIsRefusedAlthoughTheCredentialsAreRight() throws Exception {
        mvc.perform(from(ADDRESS, post("/probe").header("Authorization", basic("u9", "u9"))
                        .header("Origin", "https://evil.example")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.code").value("cross-site-request"));
    }

    @Test
    void aPostFromAnOpaqueOriginIsRefused() throws Exception {
        mvc.perform(from(ADDRESS, post("/probe").header("Authorization", basic("u9", "u9")).header("Origin", "null")))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site"})
    void aPostTheBrowserMarksAsCrossSiteIsRefused(String fetchSite) throws Exception {
        mvc.perform(from(ADDRESS, post("/probe").header("Authorization", basic("u9", "u9"))
                        .header("Sec-Fetch-Site", fetchSite)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("cross-site-request"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"})
    void aBodyABrowserCanSendWithoutPreflightIsRefused(String contentType) throws Exception {
        mvc.perform(from(ADDRESS, post("/probe").header("Authorization", basic("u9", "u9")).contentType(contentType)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.code").value("unsupported-media-type"));
    }

    @Test
    void aBodylessPostWithoutOriginOrContentTypeFromCurlPasses() throws Exception {
        mvc.perform(from(ADDRESS, post("/probe").header("Authorization", basic("u9", "u9"))))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "application/merge-patch+json"})
    void aJsonPostPasses(String contentType) throws Exception {
        mvc.perform(from(ADDRESS, post("/probe").header("Authorization", basic("u9", "u9"))
                        .contentType(contentType).content("{}")))
                .andExpect(status().isOk());
    }

    @Test
    void aPostFromTheServicesOwnOriginPasses() throws Exception {
        mvc.perform(from(ADDRESS, post("/probe").header("Authorization", basic("u9", "u9"))
                        .header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin")))
                .andExpect(status().isOk());
    }

    @Test
    void aPostFromAConfiguredFrontEndPasses() throws Exception {
        mvc.perform(from(ADDRESS, post("/probe").header("Authorization", basic("u9", "u9"))
                        .header("Origin", "https://front.example.nl").header("Sec-Fetch-Site", "cross-site")))
                .andExpect(status().isOk());
    }

    @Test
    void aReadFromAForeignOriginIsNotACrossSiteChange() throws Exception {
        mvc.perform(from(ADDRESS, get("/probe").header("Authorization", basic("u9", "u9"))
                        .header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site")))
                .andExpect(status().isOk());
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
