package org.kundenportal.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.quotes.QuoteFixtures;
import org.kundenportal.quotes.domain.Quote;

/** The one layout of document pages, seen on the portal's invoice and quote pages and the back office's. */
class DocumentPageTest extends KaribuTest {

    private static List<Anchor> breadcrumbs() {
        return _find(_get(Nav.class, spec -> spec.withClasses("document-breadcrumbs")), Anchor.class);
    }

    private static String summaryAmount() {
        return _get(Span.class, spec -> spec.withClasses("document-summary-amount")).getText();
    }

    private static DocumentPage page() {
        return _get(DocumentPage.class);
    }

    @Test
    void anInvoicePageHasTranslatedBreadcrumbsTitleAmountDueAndOneActionBar() {
        login(TestWorld.CUSTOMER);
        String number = openInvoiceNumber();

        navigate("invoices/" + number);
        assertThat(breadcrumbs()).extracting(Anchor::getText).containsExactly("Startseite", "Rechnungen", number);
        assertThat(breadcrumbs()).extracting(Anchor::getHref).containsExactly(".", "invoices", "invoices/" + number);
        assertThat(breadcrumbs().getLast().getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(_get(H1.class, spec -> spec.withClasses("document-page-title")).getText()).endsWith(number);
        assertThat(summaryAmount()).endsWith("€");

        // the pay button and the PDF links share the one action bar, pay first
        List<Component> actions = actionsInBar();
        assertThat(actions.getFirst()).isInstanceOf(Button.class);
        assertThat(((Button) actions.getFirst()).getClassNames()).contains("invoice-pay");
        assertThat(_find(page().actionBar(), PdfLinks.class)).hasSize(1);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("invoices/" + number);
        assertThat(breadcrumbs()).extracting(Anchor::getText).containsExactly("Home", "Invoices", number);
    }

    @Test
    void aQuotePageHasAcceptDeclineAndPdfInTheActionBarAndItsLinesAsATable() {
        QuoteFixtures fixtures = new QuoteFixtures(context);
        Quote quote = fixtures.sent(world.customer().companyId(), true, false);
        login(TestWorld.CUSTOMER);
        navigate("quotes/" + quote.number());

        assertThat(breadcrumbs()).extracting(Anchor::getHref).containsExactly(".", "quotes", "quotes/" + quote.number());
        assertThat(_find(page().actionBar(), Button.class)).extracting(Component::getId)
                .contains(java.util.Optional.of("quote-accept"), java.util.Optional.of("quote-decline"));
        assertThat(_find(page().actionBar(), PdfLinks.class)).hasSize(1);
        assertThat(_find(page().main(), Button.class, spec -> spec.withId("quote-accept"))).isEmpty();
        // every line of the fixture is a row of the lines table, the section heading included
        assertThat(_find(_get(LinesTable.class), NativeTableRow.class)).hasSize(1 + QuoteFixtures.lines().size());
        assertThat(_find(_get(LinesTable.class), NativeTableRow.class, spec -> spec.withClasses("line-section")))
                .isNotEmpty();
    }

    @Test
    void theBackOfficesInvoicePageLeadsHomeToTheBackOffice() {
        login(TestWorld.STAFF);
        String number = openInvoiceNumber();

        navigate("staff/invoices/" + number);
        assertThat(breadcrumbs()).extracting(Anchor::getHref)
                .containsExactly("staff", "staff/invoices", "staff/invoices/" + number);
        assertThat(breadcrumbs()).extracting(Anchor::getText).startsWith("Verwaltung");
        assertThat(_find(page().actionBar(), Button.class, spec -> spec.withClasses("invoice-preview"))).hasSize(1);
    }

    private List<Component> actionsInBar() {
        return page().actionBar().getChildren().toList();
    }

    /** A new open invoice of the test world's customer company, to be paid. */
    private String openInvoiceNumber() {
        InvoiceFixtures fixtures = new InvoiceFixtures(context);
        return fixtures.posted(world.customer().companyId()).number();
    }
}
