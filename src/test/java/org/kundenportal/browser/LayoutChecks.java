package org.kundenportal.browser;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What only a browser can measure about a page's layout, each as a list of the problems found (empty when fine), so a
 * failing test names every offending element at once.
 */
final class LayoutChecks {

    /** The smallest height a finger can hit reliably. */
    static final int TOUCH_TARGET = 44;

    private LayoutChecks() {
    }

    /** The page scrolls sideways: describes by how much, or returns an empty list. */
    static List<String> horizontalOverflow(WebDriver browser) {
        return problems(browser, """
                const root = document.documentElement;
                return root.scrollWidth <= window.innerWidth ? []
                    : ['page is ' + root.scrollWidth + ' px wide in a ' + window.innerWidth + ' px window'];
                """);
    }

    /**
     * The first row of the grid matching {@code gridSelector}: every cell it shows lies inside the grid and inside
     * the window (so number, status and amount can be read without scrolling), and the row shows some text.
     */
    static List<String> firstRowNotVisible(WebDriver browser, String gridSelector) {
        return problems(browser, """
                const grid = document.querySelector(arguments[0]);
                if (!grid) { return ['no grid ' + arguments[0]]; }
                const row = [...grid.shadowRoot.querySelectorAll('#items tr')].find(tr => tr.index === 0 && !tr.hidden);
                if (!row) { return ['no first row in ' + arguments[0]]; }
                const box = grid.getBoundingClientRect();
                const problems = [];
                let text = '';
                for (const cell of row.querySelectorAll('td')) {
                    const content = cell._content;
                    if (!content) { continue; }
                    const rect = cell.getBoundingClientRect();
                    if (rect.width === 0 || cell.hidden) { continue; }
                    text += content.textContent.trim();
                    if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.right > window.innerWidth + 1
                            || rect.left < -1 || rect.bottom > window.innerHeight + 1) {
                        problems.push('cell "' + content.textContent.trim() + '" at ' + Math.round(rect.left) + '..'
                            + Math.round(rect.right) + ' outside grid ' + Math.round(box.left) + '..' + Math.round(box.right)
                            + ' / window ' + window.innerWidth + 'x' + window.innerHeight);
                    }
                }
                if (!text) { problems.push('first row shows no text'); }
                return problems;
                """, gridSelector);
    }

    /**
     * The first row's card (phone): its title, badge and (where the list has one, e.g. the amount) detail have text
     * and lie inside the window.
     */
    static List<String> firstCardIncomplete(WebDriver browser, String gridSelector, boolean withDetail) {
        return problems(browser, """
                const grid = document.querySelector(arguments[0]);
                const row = grid && [...grid.shadowRoot.querySelectorAll('#items tr')].find(tr => tr.index === 0 && !tr.hidden);
                const card = row && [...row.querySelectorAll('td')].map(td => td._content)
                    .map(content => content && content.querySelector('.list-card')).find(found => found);
                if (!card) { return ['no card in the first row of ' + arguments[0]]; }
                const problems = [];
                const parts = arguments[1] ? ['.list-card-title', '.list-card-detail', '[theme~="badge"]']
                    : ['.list-card-title', '[theme~="badge"]'];
                for (const part of parts) {
                    const element = card.querySelector(part);
                    const rect = element && element.getBoundingClientRect();
                    if (!element || !element.textContent.trim()) {
                        problems.push(part + ' is empty');
                    } else if (rect.right > window.innerWidth + 1 || rect.left < -1) {
                        problems.push(part + ' "' + element.textContent.trim() + '" outside the window');
                    }
                }
                return problems;
                """, gridSelector, withDetail);
    }

    /** Visible buttons, checkboxes, grid sort headers and menu buttons lower than {@link #TOUCH_TARGET}. */
    static List<String> smallTouchTargets(WebDriver browser) {
        return problems(browser, """
                const selector = 'vaadin-button, vaadin-checkbox, vaadin-grid-sorter, vaadin-drawer-toggle, vaadin-menu-bar-button';
                const all = [];
                const collect = root => {
                    root.querySelectorAll(selector).forEach(element => all.push(element));
                    root.querySelectorAll('*').forEach(element => element.shadowRoot && collect(element.shadowRoot));
                };
                collect(document);
                return all.filter(element => {
                        const rect = element.getBoundingClientRect();
                        return rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight
                            && getComputedStyle(element).visibility !== 'hidden';
                    })
                    .filter(element => element.getBoundingClientRect().height < arguments[0] - 0.5)
                    .map(element => element.localName + ' "' + element.textContent.trim().substring(0, 30) + '" '
                        + Math.round(element.getBoundingClientRect().height) + ' px high');
                """, TOUCH_TARGET);
    }

    static boolean coarsePointer(WebDriver browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return matchMedia('(pointer: coarse)').matches"));
    }

    /** Whether the element matching the selector is displayed (takes room on the page). */
    static boolean displayed(WebDriver browser, String selector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "const element = document.querySelector(arguments[0]);"
                        + " return !!element && element.getBoundingClientRect().width > 0;", selector));
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(WebDriver browser, String script, Object... arguments) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
