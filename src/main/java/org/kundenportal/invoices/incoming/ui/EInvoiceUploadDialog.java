package org.kundenportal.invoices.incoming.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.util.function.LongConsumer;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceService;

/**
 * A supplier (for their company) or staff (for a supplier they choose) hand in one ZUGFeRD / Factur-X PDF or
 * XRechnung XML. The file is read and validated when submitted; a file that is no readable e-invoice is refused
 * with the reason, and nothing is kept.
 */
public class EInvoiceUploadDialog extends Dialog {

    private static final int MAX_MB = ReceivedEInvoiceService.MAX_BYTES / (1024 * 1024);

    private final Upload upload;
    private final Span status = new Span();
    private final ComboBox<ContactOption> supplier;
    // set by the upload request, read by the submit click
    private volatile String fileName;
    private volatile byte[] content;

    /**
     * @param supplierCompanyId the supplier's own company, or null for staff, who choose it
     * @param uploaded          called with the stored file's id
     */
    public EInvoiceUploadDialog(ReceivedEInvoiceService service, PortalScope scope, Long supplierCompanyId,
                                ContactRepository contacts, long userId, LongConsumer uploaded) {
        addClassName("einvoice-upload-dialog");
        setWidth("min(36rem, 96vw)");
        setHeaderTitle(getTranslation("einvoice.in.upload.title"));
        Paragraph hint = new Paragraph(getTranslation("einvoice.in.upload.hint", MAX_MB));
        if (supplierCompanyId == null) {
            supplier = new ComboBox<>(getTranslation("einvoice.in.upload.supplier"));
            supplier.setItems(query -> contacts.companies(query.getFilter().orElse(""), query.getOffset(),
                    query.getLimit()).stream());
            supplier.setItemLabelGenerator(ContactOption::name);
            supplier.setWidthFull();
            supplier.setId("einvoice-upload-supplier");
            add(supplier);
        } else {
            supplier = null;
        }
        upload = new Upload(new InMemoryUploadHandler((metadata, bytes) -> {
            fileName = metadata.fileName();
            content = bytes;
            status.setText(getTranslation("einvoice.in.upload.chosen", metadata.fileName()));
        }) {
            // the browser refuses larger files already; this bounds what a forged request can make us hold
            @Override
            public long getFileSizeMax() {
                return ReceivedEInvoiceService.MAX_BYTES;
            }
        });
        upload.setId("einvoice-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ReceivedEInvoiceService.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "application/xml", "text/xml", ".xml");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("einvoice.in.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("einvoice.in.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("einvoice.in.too-large", MAX_MB))
                        .setIncorrectFileType(getTranslation("einvoice.in.upload.wrong-type"))
                        .setTooManyFiles(getTranslation("einvoice.in.upload.one-file"))));
        upload.addFileRemovedListener(removed -> forget());
        status.setId("einvoice-upload-status");
        add(hint, upload, status);

        Button submit = new Button(getTranslation("einvoice.in.upload.submit"), click -> {
            try {
                if (content == null) {
                    throw new RefusedException("einvoice.in.upload.no-file");
                }
                ContactOption chosen = supplier == null ? null : supplier.getValue();
                if (supplier != null && chosen == null) {
                    throw new RefusedException("einvoice.in.upload.supplier-required");
                }
                long id = service.upload(scope, chosen == null ? supplierCompanyId : chosen.id(), fileName, content,
                        userId);
                Feedback.success(getTranslation("einvoice.in.upload.done", fileName));
                close();
                uploaded.accept(id);
            } catch (RefusedException refused) {
                Feedback.refused(refused);
                status.setText(getTranslation(refused.messageKey(), refused.arguments()));
            } finally {
                click.getSource().setEnabled(true);
            }
        });
        submit.setDisableOnClick(true);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("einvoice-upload-submit");
        Button cancel = new Button(getTranslation("einvoice.in.upload.cancel"), click -> close());
        getFooter().add(cancel, submit);
    }

    private void forget() {
        fileName = null;
        content = null;
        status.setText("");
    }
}
