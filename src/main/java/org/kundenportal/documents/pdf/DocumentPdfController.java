package org.kundenportal.documents.pdf;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.ui.FileEndpoint;
import org.kundenportal.documents.ui.PdfLinks;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /documents/{quote|order|purchase-order|invoice|receipt}/{number}.pdf}, the address {@link PdfLinks} points at. Spring
 * MVC answers it before Vaadin's catch-all servlet mapping; Spring Security sends anonymous visitors to the login.
 * A document that does not exist and one the user may not see both answer 404, so numbers cannot be probed. An
 * invoice's XRechnung is served beside the invoice PDFs ({@code invoices/pdf/InvoiceXmlController}).
 */
@RestController
@FileEndpoint
class DocumentPdfController {

    private final DocumentPdfs pdfs;

    DocumentPdfController(DocumentPdfs pdfs) {
        this.pdfs = pdfs;
    }

    @GetMapping("/documents/{kind}/{number}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String kind, @PathVariable String number,
                               @AuthenticationPrincipal PortalUser user, HttpServletRequest request) {
        if (user == null) {
            // Spring Security already sends anonymous visitors to the login; this guards any other kind of principal
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Optional<PdfLinks.Kind> known = Arrays.stream(PdfLinks.Kind.values()).filter(k -> k.path().equals(kind)).findFirst();
        if (known.isEmpty()) {
            return notFound();
        }
        return pdfs.pdf(known.get(), number, user, request.getLocale())
                .map(pdf -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(request, number))
                        .body(pdf))
                .orElseGet(DocumentPdfController::notFound);
    }

    private static String disposition(HttpServletRequest request, String number) {
        ContentDisposition.Builder builder = request.getParameterMap().containsKey("download")
                ? ContentDisposition.attachment() : ContentDisposition.inline();
        return builder.filename(number + ".pdf").build().toString();
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
    }
}
