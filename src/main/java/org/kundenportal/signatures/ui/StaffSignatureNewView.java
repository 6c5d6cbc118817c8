package org.kundenportal.signatures.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.signatures.domain.NewSignatureRequest;
import org.kundenportal.signatures.domain.SignatureRepository;
import org.kundenportal.signatures.domain.SignatureService;
import org.kundenportal.signatures.domain.Signer;

/**
 * Staff start a signature request: upload one PDF, name it, choose the customer and the person who signs (only
 * persons with active portal access can), add a message. "Create" makes a DRAFT and opens its editor, where the
 * fields are placed. The browser's checks of the file are a convenience; the upload is checked again here and
 * the service reads it as a PDF before anything is stored.
 */
@Route("staff/signatures/new")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffSignatureNewView extends Main implements HasDynamicTitle {

    /** The upload limit; the service refuses larger files as well. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MAX_MB = MAX_BYTES / (1024 * 1024);
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** Readers accept some bytes before the header; so do we, but not many. */
    private static final int HEADER_SEARCH = 1024;

    private final SignatureRepository requests;
    private final SignatureService service;
    private final CurrentUser currentUser;
    private final Upload upload;
    private final Span uploadStatus = new Span();
    private final TextField title = new TextField();
    private final ComboBox<ContactOption> company = new ComboBox<>();
    private final ComboBox<Signer> signer = new ComboBox<>();
    private final Span noSigner = new Span();
    private final TextArea message = new TextArea();
    // set by the upload request, read by the create click
    private volatile String fileName;
    private volatile byte[] pdf;

    public StaffSignatureNewView(SignatureRepository requests, SignatureService service, ContactRepository contacts,
                                 CurrentUser currentUser) {
        this.requests = requests;
        this.service = service;
        this.currentUser = currentUser;
        addClassNames("document-view", "staff-signature-form");

        upload = new Upload(new InMemoryUploadHandler((metadata, content) -> received(metadata.fileName(), content)) {
            // the browser refuses larger files already; this bounds what a forged request can make us hold
            @Override
            public long getFileSizeMax() {
                return MAX_BYTES;
            }
        });
        upload.setId("signature-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("signatures.staff.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("signatures.staff.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("signatures.staff.upload.too-big", MAX_MB))
                        .setIncorrectFileType(getTranslation("signatures.staff.upload.wrong-type"))
                        .setTooManyFiles(getTranslation("signatures.staff.upload.rejected", MAX_MB))));
        upload.addFileRejectedListener(rejected -> refuseFile(getTranslation("signatures.staff.upload.rejected", MAX_MB)));
        upload.addFileRemovedListener(removed -> forgetFile());
        uploadStatus.setId("signature-upload-status");
        uploadStatus.setVisible(false);

        title.setLabel(getTranslation("signatures.staff.title"));
        title.setId("signature-title");
        title.setRequired(true);
        title.setMaxLength(SignatureService.MAX_TITLE);

        company.setLabel(getTranslation("signatures.staff.customer"));
        company.setId("signature-company");
        company.setRequired(true);
        company.setItems(query -> contacts.companies(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        company.setItemLabelGenerator(ContactOption::name);
        company.addValueChangeListener(change -> signersOf(change.getValue()));

        signer.setLabel(getTranslation("signatures.staff.signer"));
        signer.setId("signature-signer");
        signer.setRequired(true);
        signer.setHelperText(getTranslation("signatures.staff.signer.help"));
        signer.setItemLabelGenerator(person -> person.name() + " <" + person.email() + ">");
        signer.setItems(List.of());
        noSigner.setId("signature-no-signer");
        noSigner.addClassName("staff-signature-upload-error");
        noSigner.setText(getTranslation("signatures.staff.signer.none"));
        noSigner.setVisible(false);

        message.setLabel(getTranslation("signatures.staff.message"));
        message.setId("signature-message");
        message.setMaxLength(SignatureService.MAX_MESSAGE);

        Button create = new Button(getTranslation("signatures.staff.create"), VaadinIcon.ARROW_RIGHT.create());
        create.setId("signature-create");
        // rendering the pages takes a moment: a second click must not make a second draft
        create.setDisableOnClick(true);
        create.addClickListener(click -> {
            create();
            create.setEnabled(true);
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        NativeLabel uploadLabel = new NativeLabel(getTranslation("signatures.staff.upload.label", MAX_MB));
        FormLayout form = new FormLayout(title, company, signer, noSigner, message);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new RouterLink(getTranslation("signatures.staff.back"), StaffSignaturesView.class),
                new H1(getTranslation("signatures.staff.new")), new Paragraph(getTranslation("signatures.staff.new.intro")),
                uploadLabel, upload, uploadStatus, form, create);
    }

    /** Checks a file as it arrives, so a refused one is named at once instead of on "Create". */
    private void received(String name, byte[] content) {
        if (content.length > MAX_BYTES) {
            refuseFile(getTranslation("signatures.staff.upload.too-big", MAX_MB));
        } else if (!looksLikePdf(content)) {
            refuseFile(getTranslation("signatures.staff.upload.not-pdf", name));
        } else {
            fileName = name;
            pdf = content;
            uploadStatus.setText(getTranslation("signatures.staff.upload.ready", name, (content.length + 1023) / 1024));
            uploadStatus.setClassName("staff-signature-upload-ready");
            uploadStatus.setVisible(true);
        }
    }

    private static boolean looksLikePdf(byte[] content) {
        int last = Math.min(content.length, HEADER_SEARCH) - PDF_HEADER.length;
        for (int start = 0; start <= last; start++) {
            if (Arrays.equals(content, start, start + PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length)) {
                return true;
            }
        }
        return false;
    }

    private void refuseFile(String text) {
        forgetFile();
        upload.clearFileList();
        uploadStatus.setText(text);
        uploadStatus.setClassName("staff-signature-upload-error");
        uploadStatus.setVisible(true);
        Feedback.error(text);
    }

    private void forgetFile() {
        fileName = null;
        pdf = null;
        uploadStatus.setVisible(false);
    }

    private void signersOf(ContactOption picked) {
        List<Signer> signers = picked == null ? List.of() : requests.signers(picked.id());
        signer.clear();
        signer.setItems(signers);
        if (signers.size() == 1) {
            signer.setValue(signers.getFirst());
        }
        noSigner.setVisible(picked != null && signers.isEmpty());
    }

    private void create() {
        String missing = pdf == null ? "signatures.staff.missing.file"
                : company.getValue() == null ? "signatures.staff.missing.company"
                : signer.getValue() == null ? "signatures.staff.missing.signer" : null;
        if (missing != null) {
            Feedback.error(getTranslation(missing));
            return;
        }
        try {
            String number = service.create(new NewSignatureRequest(title.getValue(), company.getValue().id(),
                    signer.getValue().userId(), message.getValue(), fileName, pdf), currentUser.require().id());
            Feedback.success(getTranslation("signatures.staff.created-draft", number));
            getUI().ifPresent(ui -> ui.navigate(StaffSignatureView.class, StaffSignatureView.parameters(number)));
        } catch (RefusedException refusal) {
            Feedback.refused(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signatures.staff.new");
    }
}
