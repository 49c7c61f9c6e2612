package nl.kwaliteitsnetwerk.ledger.testsupport.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core (Deque's engine, bundled in its Selenium jar: nothing is fetched) on the page the browser shows. */
final class Accessibility {

    /** WCAG 2.1 level A and AA, which issue 17 asks for; axe's best-practice rules are advice, not the standard. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    static void assertAccessible(WebDriver driver) {
        String page = driver.getCurrentUrl();
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.isErrored()).as("axe-core could not check %s: %s", page, results.getErrorMessage()).isFalse();
        assertThat(violations(results.getViolations())).as("WCAG 2.1 AA violations on %s", page).isEmpty();
    }

    /** One line per element that breaks a rule: the rule's id, its impact, the element's selector and the rule's help. */
    static List<String> violations(List<Rule> rules) {
        return rules.stream().flatMap(rule -> rule.getNodes().stream()
                        .map(node -> rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget() + ": " + rule.getHelp()))
                .toList();
    }
}
