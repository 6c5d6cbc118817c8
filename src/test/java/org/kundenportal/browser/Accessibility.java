package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (npm's build, run by Deque's Selenium runner) over the page as it is: no critical or serious violation, and
 * none of the moderate ones that were once found here and fixed.
 */
final class Accessibility {

    /** Moderate rules that once failed: content outside landmarks, no h1, an empty column header. */
    private static final Set<String> FIXED_MODERATE = Set.of("region", "page-has-heading-one", "empty-table-header",
            "landmark-one-main");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("critical", "serious");

    private Accessibility() {
    }

    static void assertNoViolations(WebDriver browser, String where) {
        // Vaadin's connection indicator sits outside the app's landmarks by design and shows nothing while online
        Results results = new AxeBuilder().exclude("vaadin-connection-indicator").analyze(browser);
        assertThat(results.isErrored()).as("axe-core ran on " + where + ": " + results.getErrorMessage()).isFalse();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()) || FIXED_MODERATE.contains(rule.getId()))
                .toList();
        assertThat(blocking).withFailMessage(() -> "accessibility violations on " + where + ":\n" + describe(blocking))
                .isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                        + " at " + rule.getNodes().stream().limit(5).map(CheckedNode::getTarget).map(String::valueOf)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
