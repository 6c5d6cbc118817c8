package org.kundenportal.signatures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.Set;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.HistorySection;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.signatures.domain.SignatureRepository;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.signatures.domain.SignatureService;
import org.kundenportal.signatures.domain.SignatureState;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One signature request. The signer fills the fields over the rendered pages (required ones red until filled;
 * "Next" jumps to the next one and disappears when all are filled) and signs once, after confirming; from then on
 * the page is read-only and offers the completed PDF with its hashes. Everyone else in the company, and staff in
 * the customer preview, see it read-only. A number outside the user's scope looks like one that does not exist.
 */
@Route("signatures/:number")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.STAFF, Roles.ADMIN})
public class SignatureView extends DetailView<SignatureRequest> implements HasDynamicTitle {

    private static final String NUMBER = "number";
    /** Refusals after which the request on screen is out of date: it is shown again as it now is. */
    private static final Set<String> STALE = Set.of("signatures.error.already-signed", "signatures.error.cancelled",
            "signatures.error.changed-meanwhile", "signatures.error.not-found");

    private final SignatureRepository requests;
    private final SignatureService service;
    private final CurrentUser currentUser;
    private final ObjectProvider<HistorySection> history;
    private final Button next = new Button();
    private final Button sign = new Button();
    private final Span progress = new Span();
    private SigningPages pages;
    private String title = "";

    public SignatureView(SignatureRepository requests, SignatureService service, CurrentUser currentUser,
                         ObjectProvider<HistorySection> history) {
        super(NUMBER);
        this.requests = requests;
        this.service = service;
        this.currentUser = currentUser;
        this.history = history;
        addClassName("document-view");
        addClassName("signature-view");
    }

    public static RouteParameters parameters(String number) {
        return new RouteParameters(NUMBER, number);
    }

    @Override
    protected Optional<SignatureRequest> find(String number) {
        return requests.find(currentUser.scope(), number);
    }

    @Override
    protected void show(SignatureRequest request) {
        PortalUser user = currentUser.require();
        if (!user.isInternal()) {
            service.viewed(request.id(), user.id());
        }
        render(request);
    }

    private void render(SignatureRequest request) {
        removeAll();
        PortalUser user = currentUser.require();
        boolean preview = user.isInternal();
        title = getTranslation("signatures.detail.title", request.number(), request.title());
        if (preview) {
            add(new PreviewBanner());
        }
        DocumentPage page = new DocumentPage()
                .breadcrumbs(getTranslation("nav.signatures"), "signatures", request.number())
                .title(title, state(request));
        page.heading().addClassName("signature-title");
        page.content(facts(request));
        if (request.message() != null) {
            Paragraph message = new Paragraph(request.message());
            message.addClassName("signature-message");
            page.content(message);
        }
        boolean signing = request.state() == SignatureState.SENT && !preview && user.id() == request.signerUserId();
        switch (request.state()) {
            case SENT -> page.notice(banner(signing ? getTranslation("signatures.sign.intro")
                    : getTranslation("signatures.waiting-for", request.signerName()), "signature-banner-waiting"));
            case SIGNED -> page.content(signedPanel(request));
            case CANCELLED -> page.notice(banner(getTranslation("signatures.cancelled-banner",
                    Formats.dateTime(request.cancelledAt(), getLocale())), "signature-banner-cancelled"));
            case DRAFT -> { }
        }
        pages = new SigningPages(request, signing, this::updateActions);
        if (signing) {
            page.actions(toolbar(request));
        }
        page.actions(downloads(request));
        page.content(pages);
        history.ifAvailable(section -> page.content(section.create(request.ref(), preview)));
        add(page);
        updateActions();
    }

    private Div facts(SignatureRequest request) {
        Div facts = new Div();
        facts.addClassName("signature-facts");
        fact(facts, "signatures.customer", new Span(request.companyName()), "signature-customer");
        fact(facts, "signatures.signer", new Span(request.signerName()), "signature-signer");
        fact(facts, "signatures.sent", new Span(Formats.dateTime(request.sentAt(), getLocale())), "signature-sent");
        if (request.signedAt() != null) {
            fact(facts, "signatures.signed-at", new Span(Formats.dateTime(request.signedAt(), getLocale())),
                    "signature-signed-at");
        }
        return facts;
    }

    private Component state(SignatureRequest request) {
        Component badge = SignatureLabels.badge(this, request.state());
        badge.addClassName("signature-state");
        return badge;
    }

    private void fact(Div facts, String labelKey, Component value, String className) {
        value.addClassName(className);
        Div fact = new Div(new Span(getTranslation(labelKey)), value);
        fact.addClassName("signature-fact");
        facts.add(fact);
    }

    private static Div banner(String text, String className) {
        Div banner = new Div(new Span(text));
        banner.addClassNames("signature-banner", className);
        return banner;
    }

    /** Who signed, when, from where, and the two hashes anyone can check a download against. */
    private Div signedPanel(SignatureRequest request) {
        Div panel = banner(getTranslation("signatures.signed-banner", request.signedByName(),
                Formats.dateTime(request.signedAt(), getLocale()),
                request.signerAddress() == null ? "–" : request.signerAddress()), "signature-banner-signed");
        panel.add(hash("signatures.hash.original", request.originalSha256(), "signature-hash-original"),
                hash("signatures.hash.signed", request.signedSha256(), "signature-hash-signed"));
        Paragraph note = new Paragraph(getTranslation("signatures.hash.note"));
        note.addClassName("signature-hash-note");
        panel.add(note);
        return panel;
    }

    private Div hash(String labelKey, String value, String className) {
        Span hash = new Span(value);
        hash.addClassNames("signature-hash", className);
        Div row = new Div(new Span(getTranslation(labelKey)), hash);
        row.addClassName("signature-hash-row");
        return row;
    }

    /** While signing, in the page's action bar: how far the signer is, "Next" and "Sign". */
    private Div toolbar(SignatureRequest request) {
        next.setText(getTranslation("signatures.next"));
        next.setIcon(VaadinIcon.ARROW_DOWN.create());
        next.setId("signature-next");
        next.addClickListener(click -> pages.jumpToNext());
        sign.setText(getTranslation("signatures.sign"));
        sign.setIcon(VaadinIcon.PENCIL.create());
        sign.setId("signature-sign");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.addClickListener(click -> confirmSigning(request));
        progress.addClassName("signature-progress");
        Div toolbar = new Div(progress, next, sign);
        toolbar.addClassNames("signature-toolbar", "document-actions");
        return toolbar;
    }

    private void updateActions() {
        int required = (int) pages.requiredCount();
        int missing = pages.missing().size();
        progress.setText(getTranslation("signatures.progress", required - missing, required));
        next.setVisible(missing > 0);
        sign.setEnabled(missing == 0);
    }

    private void confirmSigning(SignatureRequest request) {
        if (!pages.missing().isEmpty()) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("signatures.confirm.title"),
                getTranslation("signatures.confirm.text", request.title()), getTranslation("signatures.confirm.sign"),
                confirmed -> sign(request));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("signatures.confirm.cancel"));
        confirm.open();
    }

    private void sign(SignatureRequest request) {
        try {
            SignatureRequest signed = service.sign(currentUser.require(), currentUser.scope(), request.number(),
                    pages.values(), clientAddress(), getLocale());
            Feedback.success(getTranslation("signatures.signed", request.number()));
            render(signed);
            // the signer was down at the last field: up to the banner that says it is signed, with the hashes
            getElement().executeJs("this.scrollIntoView({block: 'start'})");
        } catch (RefusedException refusal) {
            Feedback.refused(refusal);
            if (STALE.contains(refusal.messageKey())) {
                requests.find(currentUser.scope(), request.number()).ifPresent(this::show);
            }
        }
    }

    private Div downloads(SignatureRequest request) {
        Div links = new Div();
        links.addClassNames("signature-downloads", "document-actions");
        if (request.state() == SignatureState.SIGNED) {
            links.add(download(SignatureFilesController.signedPdfPath(request.number()), "signatures.download.signed",
                    request.number() + ".pdf", "signature-download-signed"));
        }
        links.add(download(SignatureFilesController.originalPdfPath(request.number()), "signatures.download.original",
                request.originalFileName(), "signature-download-original"));
        return links;
    }

    private Anchor download(String url, String labelKey, String fileName, String id) {
        Button button = new Button(getTranslation(labelKey), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor anchor = new Anchor(url + "?download", "");
        anchor.removeAll();
        anchor.add(button);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", fileName);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    SigningPages pages() {
        return pages;
    }

    Button nextButton() {
        return next;
    }

    Button signButton() {
        return sign;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
