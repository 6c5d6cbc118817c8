package org.kundenportal.quotes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.base.ui.RequiresArea;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.HistorySection;
import org.kundenportal.documents.ui.LinesTable;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.documents.ui.TotalsBlock;
import org.kundenportal.quotes.domain.AcceptOutcome;
import org.kundenportal.quotes.domain.Quote;
import org.kundenportal.quotes.domain.QuoteRepository;
import org.kundenportal.quotes.domain.QuoteRepository.Audience;
import org.kundenportal.quotes.domain.QuoteService;
import org.kundenportal.quotes.domain.QuoteStatus;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One quote as the customer reads it, with "Accept (& sign)" and "Decline" while it is open. Staff opening it
 * see the customer preview: the same page under a banner, without actions and without a "viewed" event.
 */
@Route("quotes/:number")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.STAFF, Roles.ADMIN})
@RequiresArea(AreaPermission.QUOTES)
public class QuoteView extends DetailView<Quote> implements HasDynamicTitle {

    private final QuoteRepository quotes;
    private final QuoteService service;
    private final DocumentLines lines;
    private final CurrentUser currentUser;
    private final ObjectProvider<HistorySection> history;
    private Quote quote;
    private boolean preview;
    /** the order the user's accept just created, named on the page when the user may not open orders */
    private String acceptedOrder;

    public QuoteView(QuoteRepository quotes, QuoteService service, DocumentLines lines, CurrentUser currentUser,
                     ObjectProvider<HistorySection> history) {
        super("number");
        this.quotes = quotes;
        this.service = service;
        this.lines = lines;
        this.currentUser = currentUser;
        this.history = history;
        addClassNames("document-view", "quote-view");
    }

    @Override
    protected Optional<Quote> find(String number) {
        preview = currentUser.require().isInternal();
        // staff may preview a draft before sending it; customers never see one
        return quotes.find(preview ? Audience.STAFF : Audience.PORTAL, currentUser.scope(), number);
    }

    @Override
    protected void show(Quote found, BeforeEnterEvent event) {
        if (found.status() == QuoteStatus.CONFIRMED) {
            // accepted quotes live on as orders
            event.forwardTo("orders/" + found.number());
            return;
        }
        show(found);
    }

    @Override
    protected void show(Quote found) {
        quote = found;
        if (!preview) {
            service.recordView(quote.id(), currentUser.require().id());
        }
        render();
    }

    /** Shows the quote as it is now, after an answer or a refusal. */
    void reload() {
        quotes.byId(quote.id()).ifPresent(fresh -> quote = fresh);
        render();
    }

    private void render() {
        removeAll();
        if (preview) {
            add(new PreviewBanner());
        }
        List<DocumentLine> content = lines.of(quote.ref());
        Totals totals = Totals.of(content);
        DocumentPage page = new DocumentPage()
                .breadcrumbs(getTranslation("nav.quotes"), "quotes", quote.number())
                .title(getTranslation("quotes.detail.title", quote.number()), QuoteLabels.of(quote.status()))
                .amount("documents.summary.total", totals.total(), quote.currency());
        banner().ifPresent(page::notice);
        if (acceptedOrder != null) {
            page.notice(acceptedBanner());
        }
        if (!preview && quote.status().answerable()) {
            page.actions(actions());
        }
        page.actions(new PdfLinks(PdfLinks.Kind.QUOTE, quote.number()));
        page.content(header(), new LinesTable(content, quote.currency(), false), new TotalsBlock(totals, quote.currency()));
        if (quote.note() != null) {
            Paragraph note = new Paragraph(quote.note());
            note.addClassName("document-note");
            page.content(note);
        }
        if (quote.signedAt() != null) {
            page.content(signature());
        }
        if (quote.feedbackGiven()) {
            page.content(givenFeedback());
        } else if (!preview && quote.answered()) {
            page.content(new FeedbackForm(service, currentUser, quote, this::reload));
        }
        history.ifAvailable(section -> page.content(section.create(quote.ref(), preview)));
        add(page);
    }

    private Optional<Component> banner() {
        return switch (quote.status()) {
            case EXPIRED -> Optional.of(banner("quote-banner-expired", VaadinIcon.CLOCK,
                    getTranslation("quotes.banner.expired", Formats.date(quote.validUntil(), getLocale()))));
            case CANCELLED -> Optional.of(cancelledBanner());
            case AWAITING_PAYMENT -> Optional.of(awaitingPaymentBanner());
            case DRAFT -> Optional.of(banner("quote-banner-draft", VaadinIcon.EDIT, getTranslation("quotes.banner.draft")));
            default -> Optional.empty();
        };
    }

    private Div cancelledBanner() {
        Div banner = banner("quote-banner-cancelled", VaadinIcon.BAN, getTranslation("quotes.banner.cancelled"));
        String reason = quote.declineReason() != null ? quote.declineReason() : quote.cancelReason();
        if (reason != null) {
            Paragraph text = new Paragraph(getTranslation("quotes.banner.reason", reason));
            text.addClassName("quote-decline-reason");
            banner.add(text);
        }
        return banner;
    }

    private Div awaitingPaymentBanner() {
        Div banner = banner("quote-banner-awaiting-payment", VaadinIcon.CREDIT_CARD,
                getTranslation("quotes.banner.awaiting-payment", quote.prepaymentPercent().stripTrailingZeros().toPlainString()));
        Optional<String> invoice = quotes.prepaymentInvoiceNumber(quote.id());
        if (!preview && invoice.isPresent()) {
            Anchor pay = new Anchor("invoices/" + invoice.get(), getTranslation("quotes.pay-prepayment", invoice.get()));
            pay.setId("quote-pay-prepayment");
            pay.addClassName("quote-pay-link");
            banner.add(pay);
        }
        return banner;
    }

    private Div banner(String className, VaadinIcon icon, String text) {
        Div banner = new Div(icon.create(), new Span(text));
        banner.addClassNames("quote-banner", className);
        return banner;
    }

    private Div header() {
        Div facts = new Div();
        facts.addClassName("document-facts");
        fact(facts, "quotes.number", quote.number());
        fact(facts, "quotes.date", Formats.date(quote.quoteDate(), getLocale()));
        fact(facts, "quotes.valid-until", quote.validUntil() == null ? "–" : Formats.date(quote.validUntil(), getLocale()));
        fact(facts, "quotes.customer", quote.contactName() == null ? quote.customerName()
                : quote.customerName() + ", " + quote.contactName());
        fact(facts, "quotes.reference", quote.reference() == null ? "–" : quote.reference());
        fact(facts, "quotes.prepared-by", quote.responsibleName() == null ? "–" : quote.responsibleName());
        String term = quote.paymentTerm(getLocale().getLanguage());
        fact(facts, "quotes.payment-term", term == null ? "–" : term);
        if (quote.requiresPayment()) {
            fact(facts, "quotes.prepayment", quote.prepaymentPercent().stripTrailingZeros().toPlainString() + " %");
        }
        return facts;
    }

    private void fact(Div facts, String labelKey, String value) {
        Div fact = new Div(new Span(getTranslation(labelKey)), new Span(value));
        fact.addClassName("document-fact");
        facts.add(fact);
    }

    private HorizontalLayout actions() {
        Button accept = new Button(getTranslation(quote.requiresSignature() ? "quotes.accept-sign" : "quotes.accept"),
                VaadinIcon.CHECK.create(), click -> new AcceptDialog(service, currentUser, quote, this::accepted).open());
        accept.setId("quote-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button(getTranslation("quotes.decline"), VaadinIcon.CLOSE.create(),
                click -> new DeclineDialog(service, currentUser, quote, this::reload).open());
        decline.setId("quote-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(accept, decline);
        actions.addClassName("document-actions");
        return actions;
    }

    /**
     * Goes to the new order, or, for a user without the orders area, who would only be told "no access" there,
     * stays on the quote and names the order number.
     *
     * @param outcome null when the accept was refused because the quote changed meanwhile
     */
    private void accepted(AcceptOutcome outcome) {
        if (outcome != null && outcome.confirmed() && currentUser.mayUse(AreaPermission.ORDERS)) {
            getUI().ifPresent(ui -> ui.navigate("orders/" + outcome.orderNumber()));
            return;
        }
        if (outcome != null && outcome.confirmed()) {
            acceptedOrder = outcome.orderNumber();
        }
        reload();
    }

    private Div acceptedBanner() {
        Div banner = banner("quote-banner-accepted", VaadinIcon.CHECK_CIRCLE,
                getTranslation("quotes.accepted-order", acceptedOrder));
        banner.setId("quote-accepted-order");
        return banner;
    }

    private Div signature() {
        Div block = new Div();
        block.addClassName("quote-signature");
        String when = Formats.dateTime(quote.signedAt(), getLocale());
        block.add(new Paragraph(getTranslation(quote.hasSignatureImage() ? "quotes.signed-by" : "quotes.accepted-by",
                quote.signedName(), when)));
        if (quote.hasSignatureImage()) {
            Image image = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(quote.signaturePng()),
                    getTranslation("quotes.signature-alt", quote.signedName()));
            image.addClassName("quote-signature-image");
            block.add(image);
        }
        return block;
    }

    private Div givenFeedback() {
        Div block = new Div(new Span(getTranslation("quotes.feedback.given", quote.feedbackRating())));
        if (quote.feedbackText() != null) {
            block.add(new Paragraph(quote.feedbackText()));
        }
        block.addClassName("quote-feedback-given");
        return block;
    }

    Quote quote() {
        return quote;
    }

    @Override
    public String getPageTitle() {
        return quote == null ? getTranslation("quotes.title") : getTranslation("quotes.detail.title", quote.number());
    }
}
