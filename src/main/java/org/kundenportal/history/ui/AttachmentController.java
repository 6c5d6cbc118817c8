package org.kundenportal.history.ui;

import java.nio.charset.StandardCharsets;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.ui.FileEndpoint;
import org.kundenportal.history.domain.AttachmentFile;
import org.kundenportal.history.domain.HistoryService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves history attachments. Anything the user may not read answers 404, exactly like an id that does not
 * exist. Uploaded content is never trusted: it always downloads, in a sandbox, with the type we sniffed.
 */
@RestController
@FileEndpoint
class AttachmentController {

    private final HistoryService history;

    AttachmentController(HistoryService history) {
        this.history = history;
    }

    @GetMapping("/documents/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable("id") long id, @AuthenticationPrincipal PortalUser user) {
        if (user == null) {
            return ResponseEntity.notFound().build();
        }
        return history.attachment(user, id)
                .map(AttachmentController::asDownload)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> asDownload(AttachmentFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }
}
