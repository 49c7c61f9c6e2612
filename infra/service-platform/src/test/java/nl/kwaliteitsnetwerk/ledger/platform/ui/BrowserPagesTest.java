package nl.kwaliteitsnetwerk.ledger.platform.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.errors.ErrorsAutoConfiguration;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.security.BrowserSecurityAutoConfiguration;
import nl.kwaliteitsnetwerk.ledger.platform.security.SecuredEdge;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.text.CanonicalTextAutoConfiguration;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandAccepted;
import nl.kwaliteitsnetwerk.ledger.platform.web.ExpectedVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The browser's way in beside the API's: a login form and a session with CSRF for the pages under /ui, the
 * API untouched; a form sends the API's own request through the API's own handler, refused as the API refuses.
 */
@SpringBootTest(classes = BrowserPagesTest.Pages.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"qal.security.users[0].name=auditor", "qal.security.users[0].password={noop}auditor",
                "qal.security.users[0].roles=AUDITOR",
                "qal.security.users[1].name=inspector", "qal.security.users[1].password={noop}inspector",
                "qal.security.users[1].roles=INSPECTORATE"})
@AutoConfigureMockMvc
class BrowserPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProbeApi api;

    @Test
    void thePagesAskForASignInAndTheLoginFormCarriesACsrfToken() throws Exception {
        mvc.perform(get("/ui/probe")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("http://localhost/login"));
        String login = mvc.perform(get("/login")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(login).contains("name=\"_csrf\"", "Inloggen", "lang=\"nl\"");
        mvc.perform(post("/login").param("username", "auditor").param("password", "auditor"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSignedInBrowserSeesThePageInDutchOrEnglishAndItsSessionNeverOpensTheApi() throws Exception {
        MockHttpSession session = signIn("auditor");
        String dutch = mvc.perform(get("/ui/probe").session(session)).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andReturn().getResponse().getContentAsString();
        assertThat(dutch).contains("Kwaliteitsaudit-register", "Uitloggen", "auditor", "(<span>auditor</span>)");
        String english = mvc.perform(get("/ui/probe").param("lang", "en").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Quality Audit Ledger", "Sign out");
        mvc.perform(get("/probe/api").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongPasswordGoesBackToTheForm() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "auditor").param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aFormSendsTheApisRequestThroughTheApisHandler() throws Exception {
        MockHttpSession session = signIn("auditor");
        mvc.perform(post("/ui/probe/findings").session(session).with(csrf()).param("version", "3")
                        .param("text", "Het team zag de examencommissie.").param("heldOn", "2026-01-05")
                        .param("evidence[0].reference", "verslag-1").param("evidence[1].reference", "")
                        .param("evidence[2].reference", "verslag-3"))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/ui/probe"));
        assertThat(api.received).containsExactly(new FindingRequest("Het team zag de examencommissie.",
                LocalDate.of(2026, 1, 5), List.of(new Evidence("verslag-1"), new Evidence("verslag-3"))));
        assertThat(api.versions).containsExactly(3L);
    }

    @Test
    void whatTheApiRefusesTheFormShowsWithTheSameStatusAndCode() throws Exception {
        MockHttpSession session = signIn("auditor");
        assertThat(refusal(session, "text", "")).contains("invalid-request", "text");
        assertThat(refusal(session, "unknown", "x")).contains("unknown-field");
        assertThat(refusal(session, "heldOn", "2026-01-05T00:00:00Z")).contains("heldOn");
        assertThat(refusal(session, "text", "a\u0000b")).contains("invalid-text");
        String stale = mvc.perform(post("/ui/probe/findings").session(session).with(csrf()).param("version", "2")
                        .param("text", "x").param("heldOn", "2026-01-05"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("stale-version", "iemand anders heeft dit intussen gewijzigd");
    }

    @Test
    void aPageThatFailsShowsTheApisStatusAndCodeAsAPage() throws Exception {
        MockHttpSession session = signIn("auditor");
        String page = mvc.perform(get("/ui/probe/records/other").session(session))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Niet gevonden", "not-found");
        mvc.perform(get("/ui/probe").session(signIn("inspector"))).andExpect(status().isForbidden());
    }

    private String refusal(MockHttpSession session, String field, String value) throws Exception {
        java.util.Map<String, String> fields = new java.util.HashMap<>(java.util.Map.of("text", "x", "heldOn", "2026-01-05"));
        fields.put(field, value);
        var request = post("/ui/probe/findings").session(session).with(csrf()).param("version", "3");
        fields.forEach(request::param);
        return mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", user).param("password", user))
                .andExpect(redirectedUrl("/ui")).andReturn().getRequest().getSession(false);
    }

    record Evidence(@NotBlank String reference) {
    }

    record FindingRequest(@NotBlank String text, @NotNull LocalDate heldOn,
                          @Size(max = 5) List<@Valid Evidence> evidence) {
    }

    /** Stands for an API controller: its handler is what a form's command reaches. */
    @RestController
    static class ProbeApi {
        final List<FindingRequest> received = new ArrayList<>();
        final List<Long> versions = new ArrayList<>();

        @PostMapping("/probe/api")
        @Allowed(Role.AUDITOR)
        ResponseEntity<CommandAccepted> record(FindingRequest body, ExpectedVersion expected) {
            if (expected.orAny() != null && expected.orAny() != 3L) {
                throw new RuleViolation(CommonErrors.STALE_VERSION, "The record is at version 3, not " + expected.orAny() + ".");
            }
            received.add(body);
            versions.add(expected.orAny());
            return ResponseEntity.ok(new CommandAccepted("probe", 4, null));
        }

        @GetMapping("/probe/api")
        @SignedIn
        String read() {
            return "api";
        }
    }

    @Controller
    @BrowserPage
    static class ProbePages {
        private final ProbeApi api;
        private final FormCommands forms;

        ProbePages(ProbeApi api, FormCommands forms) {
            this.api = api;
            this.forms = forms;
        }

        @GetMapping("/ui/probe")
        @Allowed(Role.AUDITOR)
        String page() {
            return "probe/page";
        }

        @GetMapping("/ui/probe/records/{id}")
        @Allowed(Role.AUDITOR)
        @ResponseBody
        String record(@PathVariable String id) {
            throw RuleViolation.notFound(id);
        }

        @PostMapping("/ui/probe/findings")
        @Allowed(Role.AUDITOR)
        Object record(@RequestParam long version, HttpServletRequest request, HttpServletResponse response, Model model) {
            FormOutcome outcome = forms.send(request, response, FindingRequest.class,
                    body -> api.record(body, ExpectedVersion.of(version)));
            if (outcome.isAccepted()) {
                return SeeOther.to("/ui/probe");
            }
            response.setStatus(outcome.status());
            model.addAttribute("outcome", outcome);
            return "probe/page";
        }
    }

    @SpringBootConfiguration
    @Import({SecuredEdge.class, ProbeApi.class, ProbePages.class})
    @ImportAutoConfiguration({BrowserSecurityAutoConfiguration.class, UiAutoConfiguration.class,
            ErrorsAutoConfiguration.class, ThymeleafAutoConfiguration.class, MessageSourceAutoConfiguration.class,
            ValidationAutoConfiguration.class, CanonicalTextAutoConfiguration.class})
    static class Pages {
    }
}
