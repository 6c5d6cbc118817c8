package org.kundenportal.signatures.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.ui.FileEndpoint;
import org.kundenportal.signatures.domain.SignatureRepository;
import org.kundenportal.signatures.domain.SignatureRepository.PdfFile;
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
 * The files of a signature request, each read through the same scoped query as the pages, for portal users and
 * staff alike: the rendered page images ({@code /documents/signature-pages/{number}/{page}.png}), the original
 * upload ({@code /documents/signature/{number}/original.pdf}) and the completed PDF
 * ({@code /documents/signature/{number}.pdf}). Anything the user may not see answers 404 like a number that does
 * not exist, so numbers cannot be probed; {@code ?download} makes a PDF download instead of opening.
 */
@RestController
@FileEndpoint
class SignatureFilesController {


    private final SignatureRepository requests;
    private final PortalScopeService scopes;

    SignatureFilesController(SignatureRepository requests, PortalScopeService scopes) {
        this.requests = requests;
        this.scopes = scopes;
    }

    static String pageImagePath(String number, int page) {
        return "/documents/signature-pages/" + number + "/" + page + ".png";
    }

    static String signedPdfPath(String number) {
        return "/documents/signature/" + number + ".pdf";
    }

    static String originalPdfPath(String number) {
        return "/documents/signature/" + number + "/original.pdf";
    }

    @GetMapping("/documents/signature-pages/{number}/{page}.png")
    ResponseEntity<byte[]> page(@PathVariable String number, @PathVariable int page,
                                @AuthenticationPrincipal PortalUser user) {
        if (user == null) {
            return notFound();
        }
        // a page never changes once rendered; private, so no shared cache keeps it for someone else
        return requests.pageImage(scopes.scopeOf(user), number, page)
                .map(png -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(png))
                .orElseGet(SignatureFilesController::notFound);
    }

    @GetMapping("/documents/signature/{number}.pdf")
    ResponseEntity<byte[]> signed(@PathVariable String number, @AuthenticationPrincipal PortalUser user,
                                  HttpServletRequest request) {
        return pdf(user, scope -> requests.signedPdf(scope, number), request);
    }

    @GetMapping("/documents/signature/{number}/original.pdf")
    ResponseEntity<byte[]> original(@PathVariable String number, @AuthenticationPrincipal PortalUser user,
                                    HttpServletRequest request) {
        return pdf(user, scope -> requests.originalPdf(scope, number), request);
    }

    private ResponseEntity<byte[]> pdf(PortalUser user, java.util.function.Function<PortalScope, Optional<PdfFile>> file,
                                       HttpServletRequest request) {
        if (user == null) {
            return notFound();
        }
        return file.apply(scopes.scopeOf(user))
                .map(pdf -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(request, pdf.fileName()))
                        .body(pdf.content()))
                .orElseGet(SignatureFilesController::notFound);
    }

    private static String disposition(HttpServletRequest request, String fileName) {
        ContentDisposition.Builder builder = request.getParameterMap().containsKey("download")
                ? ContentDisposition.attachment() : ContentDisposition.inline();
        return builder.filename(fileName, StandardCharsets.UTF_8).build().toString();
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
    }
}
