package org.kundenportal.invoices.incoming.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.Hashes;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.documents.einvoice.IncomingEInvoice;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.LinesTable;
import org.kundenportal.documents.ui.TotalsBlock;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoice;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceChecks;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceRepository;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceService;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceState;

/**
 * One received e-invoice in the back office: what was read from the file, what does not add up, what the validator
 * found, the original file to download, and the decision: post it as a vendor bill or reject it with a reason.
 */
@Route("staff/incoming-invoices/:id")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffReceivedEInvoiceView extends DetailView<ReceivedEInvoice> implements HasDynamicTitle {

    /** An id as the list links it; anything else (letters, a number too long for an id) is a page that does not exist. */
    private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");

    private final ReceivedEInvoiceRepository files;
    private final ReceivedEInvoiceService service;
    private final CurrentUser currentUser;
    private long id;
    private String title = "";

    public StaffReceivedEInvoiceView(ReceivedEInvoiceRepository files, ReceivedEInvoiceService service,
                                     CurrentUser currentUser) {
        super("id");
        this.files = files;
        this.service = service;
        this.currentUser = currentUser;
        addClassNames("document-view", "received-einvoice-view");
    }

    @Override
    protected Optional<ReceivedEInvoice> find(String id) {
        return ID.matcher(id).matches() ? files.find(Long.parseLong(id), PortalScope.staff()) : Optional.empty();
    }

    private void reload() {
        files.find(id, PortalScope.staff()).ifPresent(this::show);
    }

    @Override
    protected void show(ReceivedEInvoice file) {
        id = file.id();
        removeAll();
        title = getTranslation("einvoice.in.page.title", file.invoiceNumber());
        byte[] content = files.content(file.id(), PortalScope.staff()).orElseThrow();
        IncomingEInvoice invoice = service.read(content);
        List<ReceivedEInvoiceChecks.Check> checks = service.checks(file, invoice);
        DocumentPage page = new DocumentPage()
                .breadcrumbs(getTranslation("einvoice.in.staff.title"), StaffReceivedEInvoicesView.PATH,
                        file.invoiceNumber(), String.valueOf(file.id()))
                .title(title, ReceivedEInvoiceLabels.badge(this, file.state()))
                .amount("einvoice.in.summary.due", invoice.totals().due(), invoice.currency());
        page.actions(actions(file, checks));
        page.actions(download(file));
        page.content(facts(file, invoice), new LinesTable(invoice.lines(), invoice.currency(), false),
                totals(invoice), checksSection(checks), validation(file), original(file, content));
        add(page);
    }

    private Div facts(ReceivedEInvoice file, IncomingEInvoice invoice) {
        Locale locale = getLocale();
        Div facts = new Div();
        facts.addClassName("invoice-fields");
        fact(facts, "einvoice.in.field.supplier", file.supplierName());
        fact(facts, "einvoice.in.field.number", invoice.number());
        fact(facts, "einvoice.in.field.issue-date", Formats.date(invoice.issueDate(), locale));
        fact(facts, "einvoice.in.field.due-date", invoice.dueDate() == null ? "–" : Formats.date(invoice.dueDate(), locale));
        fact(facts, "einvoice.in.field.seller", party(invoice.seller()));
        fact(facts, "einvoice.in.field.buyer", party(invoice.buyer()));
        fact(facts, "einvoice.in.field.currency", invoice.currency().getCurrencyCode());
        fact(facts, "einvoice.in.field.format", getTranslation(invoice.embeddedInPdf() ? "einvoice.in.format.pdf"
                : "einvoice.in.format.xml", invoice.syntax()));
        IncomingEInvoice.BankAccount account = invoice.bankAccount();
        fact(facts, "einvoice.in.field.bank-account", account == null ? "–" : String.join(" · ",
                nonBlank(account.accountName(), account.iban(), account.bic()))).setId("received-einvoice-iban");
        return facts;
    }

    private Span fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("invoice-field-label");
        Span text = new Span(value == null || value.isBlank() ? "–" : value);
        Div field = new Div(label, text);
        field.addClassName("invoice-field");
        facts.add(field);
        return text;
    }

    private static String party(IncomingEInvoice.Party party) {
        String place = String.join(" ", nonBlank(party.zip(), party.city()));
        return String.join(", ", nonBlank(party.name(), party.street(), place, party.countryCode(),
                party.vatId()));
    }

    private static List<String> nonBlank(String... values) {
        return java.util.Arrays.stream(values).filter(value -> value != null && !value.isBlank()).toList();
    }

    /** Our totals from the lines, then what the file states, so a difference shows at a glance. */
    private TotalsBlock totals(IncomingEInvoice invoice) {
        TotalsBlock totals = new TotalsBlock(Totals.of(invoice.lines()), invoice.currency());
        IncomingEInvoice.StatedTotals stated = invoice.totals();
        totals.addRow(getTranslation("einvoice.in.totals.stated-gross"), stated.gross(), invoice.currency(),
                "totals-stated-gross");
        if (stated.prepaid().signum() != 0) {
            totals.addRow(getTranslation("einvoice.in.totals.prepaid"), stated.prepaid(), invoice.currency(),
                    "totals-prepaid");
        }
        totals.addRow(getTranslation("einvoice.in.totals.due"), stated.due(), invoice.currency(), "totals-due");
        return totals;
    }

    private Div checksSection(List<ReceivedEInvoiceChecks.Check> checks) {
        Div section = new Div(new H3(getTranslation("einvoice.in.checks.title")));
        section.addClassName("received-einvoice-checks");
        if (checks.isEmpty()) {
            section.add(new Paragraph(getTranslation("einvoice.in.checks.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (ReceivedEInvoiceChecks.Check check : checks) {
            ListItem item = new ListItem(getTranslation(check.messageKey(), check.arguments().toArray()));
            item.addClassName(check.blocksPosting() ? "received-einvoice-blocking" : "received-einvoice-warning");
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Div validation(ReceivedEInvoice file) {
        Div section = new Div(new H3(getTranslation("einvoice.title")));
        section.addClassName("received-einvoice-validation");
        if (file.validationErrors().isEmpty()) {
            section.add(new Paragraph(getTranslation("einvoice.in.validation.valid")));
        } else {
            section.add(new Paragraph(getTranslation("einvoice.invalid", file.validationErrors().size())));
            section.add(messages(file.validationErrors()));
        }
        if (!file.validationWarnings().isEmpty()) {
            section.add(new Paragraph(getTranslation("einvoice.in.validation.warnings",
                    file.validationWarnings().size())), messages(file.validationWarnings()));
        }
        return section;
    }

    private static UnorderedList messages(List<String> messages) {
        UnorderedList list = new UnorderedList();
        messages.forEach(message -> list.add(new ListItem(message)));
        return list;
    }

    /** The file as it came: its name, who sent it when, and its SHA-256, checked against the bytes we hold. */
    private Div original(ReceivedEInvoice file, byte[] content) {
        Locale locale = getLocale();
        Div section = new Div(new H3(getTranslation("einvoice.in.original.title")));
        section.addClassName("received-einvoice-original");
        Div facts = new Div();
        facts.addClassName("invoice-fields");
        fact(facts, "einvoice.in.field.file", file.fileName());
        fact(facts, "einvoice.in.field.uploaded", getTranslation("einvoice.in.uploaded-by",
                Formats.dateTime(file.uploadedAt(), locale), file.uploadedByName()));
        fact(facts, "einvoice.in.field.sha256", file.sha256()).setId("received-einvoice-sha256");
        boolean intact = Hashes.sha256Hex(content).equals(file.sha256());
        Span check = new Span(getTranslation(intact ? "einvoice.in.original.intact" : "einvoice.in.original.changed"));
        check.setId("received-einvoice-intact");
        section.add(facts, check);
        if (file.state() != ReceivedEInvoiceState.RECEIVED) {
            section.add(new Paragraph(getTranslation("einvoice.in.decided-by", file.decidedByName(),
                    Formats.dateTime(file.decidedAt(), locale))));
        }
        return section;
    }

    /** The bytes as stored, read when asked for: a page left open should not hold a 10 MB file. */
    private Component download(ReceivedEInvoice file) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> files.content(file.id(), PortalScope.staff())
                .map(content -> new DownloadResponse(new ByteArrayInputStream(content), file.fileName(),
                        file.mediaType(), content.length))
                .orElseGet(() -> DownloadResponse.error(404)));
        Anchor anchor = new Anchor(handler, getTranslation("einvoice.in.download"));
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        anchor.setId("received-einvoice-download");
        return anchor;
    }

    private Div actions(ReceivedEInvoice file, List<ReceivedEInvoiceChecks.Check> checks) {
        Div actions = new Div();
        actions.addClassName("document-actions");
        switch (file.state()) {
            case RECEIVED -> {
                Button post = new Button(getTranslation("einvoice.in.post"), VaadinIcon.CHECK.create(), click -> {
                    // a refusal (totals that do not add up, someone was quicker) is told; the page shows the result
                    Feedback.attempt(() -> Feedback.success(getTranslation("einvoice.in.posted",
                            service.post(file.id(), currentUser.require().id()))));
                    reload();
                });
                post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                post.setDisableOnClick(true);
                post.setId("received-einvoice-post");
                if (ReceivedEInvoiceChecks.blocksPosting(checks)) {
                    post.setTooltipText(getTranslation("einvoice.in.totals-mismatch"));
                }
                Button reject = new Button(getTranslation("einvoice.in.reject"), VaadinIcon.BAN.create(),
                        click -> rejectDialog(file).open());
                reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
                reject.setId("received-einvoice-reject");
                actions.add(post, reject);
            }
            case POSTED -> {
                Anchor bill = new Anchor("staff/invoices/" + file.billNumber(),
                        getTranslation("einvoice.in.posted-as", file.billNumber()));
                bill.setId("received-einvoice-bill");
                actions.add(bill);
            }
            case REJECTED -> {
                Paragraph reason = new Paragraph(getTranslation("einvoice.in.rejected-because", file.rejectionReason()));
                reason.setId("received-einvoice-reason");
                actions.add(reason);
            }
        }
        return actions;
    }

    private Dialog rejectDialog(ReceivedEInvoice file) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("einvoice.in.reject.title", file.invoiceNumber()));
        TextArea reason = new TextArea(getTranslation("einvoice.in.reject.reason"));
        reason.setMaxLength(ReceivedEInvoiceService.MAX_REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("received-einvoice-reject-reason");
        dialog.add(reason);
        Button confirm = new Button(getTranslation("einvoice.in.reject.confirm"), click -> {
            if (Feedback.attempt(() -> service.reject(file.id(), reason.getValue(), currentUser.require().id()))) {
                Feedback.success(getTranslation("einvoice.in.rejected", file.invoiceNumber()));
                dialog.close();
                reload();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("received-einvoice-reject-confirm");
        Button cancel = new Button(getTranslation("einvoice.in.upload.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
