package org.kundenportal.tickets.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.tickets.domain.TicketFile;

/**
 * The attachments field of both ticket forms: up to {@value TicketFile#MAX_FILES} files, each at most 10 MB,
 * kept in memory until the ticket is submitted. The browser's checks are a convenience; the service sniffs
 * each file's content again.
 */
class TicketUploads extends Upload {

    // filled by the upload request, read by the submit click
    private final List<TicketFile> files = new CopyOnWriteArrayList<>();

    TicketUploads() {
        setUploadHandler(new InMemoryUploadHandler((metadata, content) -> files.add(new TicketFile(metadata.fileName(), content))) {
            // the browser refuses larger files already; this bounds what a forged request can make us hold
            @Override
            public long getFileSizeMax() {
                return TicketFile.MAX_BYTES;
            }
        });
        setMaxFiles(TicketFile.MAX_FILES);
        setMaxFileSize(TicketFile.MAX_BYTES);
        setAcceptedFileTypes(TicketFile.ACCEPTED_TYPES.toArray(String[]::new));
        addFileRemovedListener(removed -> files.removeIf(file -> file.fileName().equals(new TicketFile(removed.getFileName(), null).fileName())));
        addFileRejectedListener(rejected -> Feedback.error(getTranslation("tickets.attachments.rejected",
                TicketFile.MAX_FILES)));
        setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setMany(getTranslation("tickets.attachments.add")))
                .setDropFiles(new UploadI18N.DropFiles().setMany(getTranslation("tickets.attachments.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("tickets.attachments.too-large"))
                        .setIncorrectFileType(getTranslation("tickets.attachments.wrong-type"))
                        .setTooManyFiles(getTranslation("tickets.attachments.too-many", TicketFile.MAX_FILES))));
        addClassName("ticket-uploads");
    }

    List<TicketFile> files() {
        return List.copyOf(files);
    }

    /** For tests and forms that take files from elsewhere. */
    void add(TicketFile file) {
        files.add(file);
    }
}
