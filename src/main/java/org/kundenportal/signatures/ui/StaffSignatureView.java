package org.kundenportal.signatures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Optional;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.UnsavedChanges;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.HistorySection;
import org.kundenportal.mandates.domain.SepaMandate;
import org.kundenportal.mandates.domain.SepaMandateService;
import org.kundenportal.mandates.ui.MandateDialog;
import org.kundenportal.mandates.ui.MandatePanel;
import org.kundenportal.signatures.domain.SignatureField;
import org.kundenportal.signatures.domain.SignatureRepository;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.signatures.domain.SignatureService;
import org.kundenportal.signatures.domain.SignatureState;
import org.kundenportal.signatures.domain.SignedMandateForms;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One signature request in the back office. A DRAFT is edited here: fields placed on its pages, saved, sent to
 * the signer (with a mail) or cancelled. A sent, signed or cancelled request is shown read-only with its fields
 * (and once signed their values), the original and the signed PDF, both hashes, who signed when and from where.
 * Below, the history with messages, internal notes and time entries; the customer preview shows the portal page.
 */
@Route("staff/signatures/:number")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffSignatureView extends DetailView<SignatureRequest> implements BeforeLeaveObserver, HasDynamicTitle {

    private static final String NUMBER = "number";

    private final SignatureRepository requests;
    private final SignatureService service;
    private final CurrentUser currentUser;
    private final ObjectProvider<HistorySection> history;
    private final SepaMandateService mandates;
    private SignatureRequest request;
    private StaffFieldEditor editor;

    public StaffSignatureView(SignatureRepository requests, SignatureService service, CurrentUser currentUser,
                              ObjectProvider<HistorySection> history, SepaMandateService mandates) {
        super(NUMBER);
        this.requests = requests;
        this.mandates = mandates;
        this.service = service;
        this.currentUser = currentUser;
        this.history = history;
        addClassNames("document-view", "staff-signature-view");
    }

    static RouteParameters parameters(String number) {
        return new RouteParameters(NUMBER, number);
    }

    @Override
    protected Optional<SignatureRequest> find(String number) {
        return requests.find(PortalScope.staff(), number);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editor != null && editor.isDirty()) {
            UnsavedChanges.confirmLeave(event);
        }
    }

    private void reload() {
        requests.find(PortalScope.staff(), request.id()).ifPresent(this::show);
    }

    @Override
    protected void show(SignatureRequest value) {
        request = value;
        removeAll();
        Span title = new Span(value.title());
        title.setId("signature-request-title");
        DocumentPage page = new DocumentPage()
                .breadcrumbs(getTranslation("nav.staff-signatures"), "staff/signatures", value.number())
                .title(getTranslation("signatures.staff.detail.title", value.number()),
                        SignatureLabels.badge(this, value.state()))
                .notice(title)
                .actions(actions())
                .content(facts());
        if (value.state() == SignatureState.SIGNED) {
            mandates.ofRequest(value.id()).ifPresent(mandate -> page.content(
                    new MandatePanel(mandate, mandates, currentUser.require().id(), this::reload)));
        }
        if (value.state() == SignatureState.DRAFT) {
            editor = new StaffFieldEditor(value);
            page.content(editor);
        } else {
            editor = null;
            page.content(readOnlyFields());
        }
        history.ifAvailable(section -> page.content(section.create(value.ref(), false)));
        add(page);
    }

    /** Sent on: the pages as the signer sees them (with the values once signed) and the fields as a list. */
    private Div readOnlyFields() {
        Paragraph hint = new Paragraph(getTranslation("signatures.staff.read-only"));
        hint.addClassName("staff-signature-hint");
        Grid<SignatureField> list = new Grid<>();
        list.setId("signature-field-list");
        list.addColumn(field -> SignatureLabels.kind(this, field.kind()))
                .setHeader(getTranslation("signatures.staff.field.kind")).setAutoWidth(true);
        list.addColumn(field -> field.label() == null ? "" : field.label())
                .setHeader(getTranslation("signatures.staff.field.label")).setFlexGrow(1);
        list.addColumn(field -> getTranslation(field.required() ? "signatures.staff.field.required"
                : "signatures.staff.field.optional")).setHeader(getTranslation("signatures.staff.field.required"))
                .setAutoWidth(true);
        list.addColumn(SignatureField::page).setHeader(getTranslation("signatures.staff.field.page"))
                .setAutoWidth(true).setFlexGrow(0);
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.setAllRowsVisible(true);
        list.setItems(request.fields());
        Div side = new Div(hint, new H3(getTranslation("signatures.staff.fields")), list);
        side.addClassName("staff-signature-side");
        Div fields = new Div(new SigningPages(request, false, () -> { }), side);
        fields.addClassName("staff-signature-editor");
        return fields;
    }

    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("document-actions");
        actions.setWrap(true);
        if (request.state() == SignatureState.DRAFT) {
            actions.add(button("signature-save", "signatures.staff.save", VaadinIcon.CHECK, this::save));
            Button send = button("signature-send", "signatures.staff.send", VaadinIcon.PAPERPLANE, this::confirmSend);
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(send);
        }
        if (request.state() == SignatureState.DRAFT || request.state() == SignatureState.SENT) {
            Button cancel = button("signature-cancel", "signatures.staff.cancel", VaadinIcon.BAN, this::confirmCancel);
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        actions.add(download("signature-download-original", "signatures.staff.download.original",
                SignatureFilesController.originalPdfPath(request.number()), request.originalFileName()));
        if (request.state() == SignatureState.SIGNED && mandates.ofRequest(request.id()).filter(SepaMandate::active).isEmpty()) {
            Button mandate = button("signature-use-as-mandate", "mandates.use", VaadinIcon.PIGGY_BANK,
                    () -> new MandateDialog(SignedMandateForms.of(request), mandates, currentUser.require().id(), this::reload).open());
            actions.add(mandate);
        }
        if (request.state() == SignatureState.SIGNED) {
            actions.add(download("signature-download-signed", "signatures.staff.download.signed",
                    SignatureFilesController.signedPdfPath(request.number()), request.number() + ".pdf"));
        }
        Button preview = button("signature-preview", "signatures.staff.preview", VaadinIcon.EYE,
                () -> getUI().ifPresent(ui -> ui.navigate("signatures/" + request.number())));
        preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(preview);
        return actions;
    }

    private Button button(String id, String labelKey, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(labelKey), icon.create(), click -> action.run());
        button.setId(id);
        return button;
    }

    private Anchor download(String id, String labelKey, String path, String fileName) {
        Button button = new Button(getTranslation(labelKey), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor anchor = new Anchor(path + "?download", button);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", fileName);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    private Div facts() {
        Div facts = new Div();
        facts.addClassName("staff-signature-facts");
        fact(facts, "customer", request.companyName());
        fact(facts, "signer", request.signerName() + " <" + request.signerEmail() + ">");
        fact(facts, "file", request.originalFileName());
        fact(facts, "pages", String.valueOf(request.pageCount()));
        fact(facts, "created", dateTime(request.createdAt()));
        fact(facts, "sent", dateTime(request.sentAt()));
        fact(facts, "cancelled", dateTime(request.cancelledAt()));
        fact(facts, "signed-at", dateTime(request.signedAt()));
        fact(facts, "signed-by", request.signedByName());
        fact(facts, "address", request.signerAddress());
        fact(facts, "original-sha256", request.originalSha256()).addClassName("staff-signature-hash");
        fact(facts, "signed-sha256", request.signedSha256()).addClassName("staff-signature-hash");
        fact(facts, "message", request.message()).addClassName("staff-signature-message");
        return facts;
    }

    private String dateTime(Instant instant) {
        return instant == null ? null : Formats.dateTime(instant, getLocale());
    }

    /** A fact with a value; facts without one (not sent yet, not signed) are left out. */
    private Component fact(Div facts, String name, String value) {
        Span shown = new Span(value == null ? "" : value);
        shown.setId("signature-fact-" + name);
        if (value != null && !value.isBlank()) {
            facts.add(new Div(new Span(getTranslation("signatures.staff.fact." + name)), shown));
        }
        return shown;
    }

    private void save() {
        if (Feedback.attempt(() -> service.replaceFields(request, editor.fields(), currentUser.require().id()))) {
            Feedback.success(getTranslation("signatures.staff.saved", request.number()));
            reload();
        }
    }

    private void confirmSend() {
        if (editor.isDirty()) {
            Feedback.error(getTranslation("signatures.staff.send.save-first"));
            return;
        }
        confirm("send", () -> {
            if (Feedback.attempt(() -> service.send(request, currentUser.require().id()))) {
                Feedback.success(getTranslation("signatures.staff.sent-to", request.number(), request.signerEmail()));
            }
            reload();
        });
    }

    private void confirmCancel() {
        confirm("cancel", () -> {
            if (Feedback.attempt(() -> service.cancel(request, currentUser.require().id()))) {
                Feedback.success(getTranslation("signatures.staff.cancelled", request.number()));
            }
            reload();
        });
    }

    /** Asks before sending or cancelling; the texts may name the signer. */
    private void confirm(String action, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("signatures.staff." + action + ".title", request.number()),
                getTranslation("signatures.staff." + action + ".text", request.signerName()),
                getTranslation("signatures.staff." + action + ".confirm"), event -> confirmed.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("signatures.staff.dialog.back"));
        if ("cancel".equals(action)) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addClassName("staff-signature-confirm");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return request == null ? getTranslation("nav.staff-signatures")
                : getTranslation("signatures.staff.detail.title", request.number());
    }
}
