package nl.kwaliteitsnetwerk.ledger.platform.print;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.kwaliteitsnetwerk.ledger.verifier.PrintedProof;
import nl.kwaliteitsnetwerk.ledger.verifier.ProofCheck;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fragment {@code ui/proof :: panel(proof)} as a page includes it: the proof in a JSON data block that reads
 * back as the same proof (and checks out), a record whose title would end the block left harmless, the texts of
 * verify.js in the page's language, the status region announced politely, and the outcome pending until checked.
 */
class ProofPanelTest {

    private static final String PAGE = """
            <html xmlns:th="http://www.thymeleaf.org"><body><main>
            <section th:replace="~{ui/proof :: panel(${proof})}"></section>
            </main></body></html>""";

    private final ProvenLedger ledger = new ProvenLedger();
    private final StaticApplicationContext application = new StaticApplicationContext();

    @AfterEach
    void close() {
        ledger.close();
        application.close();
    }

    private String render(CommitProof proof, Locale locale) {
        application.getBeanFactory().registerSingleton("commitProofs", ledger.proofs);
        application.refresh();
        SpringTemplateEngine engine = new SpringTemplateEngine();
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setOrder(2);
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
        engine.setTemplateEngineMessageSource(PdfPrinterTest.messages());
        MockServletContext servlet = new MockServletContext();
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servlet)
                .buildExchange(new MockHttpServletRequest(servlet), new MockHttpServletResponse()), locale);
        context.setVariable("proof", proof);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return engine.process(PAGE, context);
    }

    @Test
    void thePanelCarriesTheProofForTheBrowserToCheck() throws Exception {
        CommitProof proof = ledger.proofs.forEvent("a", 1).orElseThrow()
                .about(new CommitProof.Proven("audit-final-report", "a", "Rapport </script><script>alert(1)</script> & één", null));

        Element panel = Jsoup.parse(render(proof, Locale.forLanguageTag("nl"))).selectFirst("[data-proof-panel]");

        assertThat(panel.attr("data-outcome")).isEqualTo("pending");
        assertThat(panel.attr("data-text-unsupported")).startsWith("Deze browser kan geen Ed25519-handtekeningen controleren");
        assertThat(panel.select("[role=status]").attr("aria-live")).isEqualTo("polite");
        assertThat(panel.select("[data-proof-fingerprint]").text()).isEqualTo(proof.publicKey().sha256());
        assertThat(panel.select("script[src]").attr("src")).isEqualTo("/ui/assets/verify.js");
        Element block = panel.getElementById(panel.attr("data-proof-source"));
        assertThat(block.attr("type")).isEqualTo("application/json");
        assertThat(panel.select("script:not([src])")).as("the title did not end the block").hasSize(1);
        PrintedProof read = new ObjectMapper().registerModule(new JavaTimeModule()).readValue(block.data(), PrintedProof.class);
        assertThat(read.record().title()).isEqualTo(proof.record().title());
        assertThat(ProofCheck.check(read, null).holds()).isTrue();
    }

    @Test
    void theTextsAreInThePagesLanguage() {
        CommitProof proof = ledger.proofs.forEvent("b", 0).orElseThrow();

        Element panel = Jsoup.parse(render(proof, Locale.ENGLISH)).selectFirst("[data-proof-panel]");

        assertThat(panel.selectFirst("h2").text()).isEqualTo("Verification in the ledger");
        assertThat(panel.attr("data-text-verified")).startsWith("Verified:");
        assertThat(panel.attr("data-text-signature")).isEqualTo("the digest's signature does not verify");
    }
}
