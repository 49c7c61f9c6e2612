package nl.kwaliteitsnetwerk.ledger.platform.web;

import nl.kwaliteitsnetwerk.ledger.platform.errors.ErrorsAutoConfiguration;
import nl.kwaliteitsnetwerk.ledger.platform.eventstore.FrameworksAutoConfiguration;
import nl.kwaliteitsnetwerk.ledger.platform.security.SecuredEdge;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static nl.kwaliteitsnetwerk.ledger.platform.security.SecuredEdge.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every service serves the institution register and the framework translations it judges by, to signed-in callers. */
@SpringBootTest(classes = InstitutionRegisterEdgeTest.Edge.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"qal.security.users[0].name=inspector", "qal.security.users[0].password={noop}inspector",
                "qal.security.users[0].roles=INSPECTORATE"})
@AutoConfigureMockMvc
class InstitutionRegisterEdgeTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theRegisterListsTheSeedsInstitutionUnderItsCode() throws Exception {
        mvc.perform(as("inspector", get("/institutions")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("2026-1"))
                .andExpect(jsonPath("$.institutions.items[0].code").exists());
        mvc.perform(as("inspector", get("/institutions/29wt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Business Marketing Services B.V."))
                .andExpect(jsonPath("$.boardNumber").value(21274));
    }

    @Test
    void anUnknownOrMalformedCodeIsAProblem() throws Exception {
        mvc.perform(as("inspector", get("/institutions/99ZZ"))).andExpect(status().isNotFound()).andExpect(problem("not-found"));
        mvc.perform(as("inspector", get("/institutions/2\u200B9WT"))).andExpect(status().isBadRequest());
    }

    @Test
    void theTranslationFrom2017To2021IsServed() throws Exception {
        mvc.perform(as("inspector", get("/frameworks/translations")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].from.version").value("2017"))
                .andExpect(jsonPath("$.items[0].standards[0].toStandards.length()").value(3));
    }

    @Test
    void theRegisterIsReadOnlyBySignedInCallers() throws Exception {
        mvc.perform(get("/institutions")).andExpect(status().isUnauthorized());
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    @SpringBootConfiguration
    @Import(SecuredEdge.class)
    @ImportAutoConfiguration({ErrorsAutoConfiguration.class, WebEdgeAutoConfiguration.class, FrameworksAutoConfiguration.class})
    static class Edge {

        /** The web edge's command sender needs a gateway; these reads send no command. */
        @Bean
        CommandGateway commandGateway() {
            return DefaultCommandGateway.builder().commandBus(SimpleCommandBus.builder().build()).build();
        }
    }
}
