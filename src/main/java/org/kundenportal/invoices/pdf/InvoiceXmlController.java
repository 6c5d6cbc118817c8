package org.kundenportal.invoices.pdf;

import jakarta.servlet.http.HttpServletRequest;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.ui.FileEndpoint;
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
 * The XRechnung of a posted customer invoice, {@code /documents/invoice/{number}.xml}, beside its PDF. As with the
 * PDFs, an invoice that does not exist and one the user may not see both answer 404.
 */
@RestController
@FileEndpoint
class InvoiceXmlController {

    private final InvoiceEInvoices eInvoiceFiles;

    InvoiceXmlController(InvoiceEInvoices eInvoiceFiles) {
        this.eInvoiceFiles = eInvoiceFiles;
    }

    @GetMapping("/documents/invoice/{number}.xml")
    ResponseEntity<byte[]> xrechnung(@PathVariable String number, @AuthenticationPrincipal PortalUser user,
                                     HttpServletRequest request) {
        if (user == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return eInvoiceFiles.xrechnung(number, user, request.getLocale())
                .map(xml -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_XML)
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(number + "-xrechnung.xml").build().toString())
                        .body(xml))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build());
    }
}
