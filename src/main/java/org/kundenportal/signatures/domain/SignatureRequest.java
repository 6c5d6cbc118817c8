package org.kundenportal.signatures.domain;

import java.time.Instant;
import java.util.List;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.DocumentType;

/**
 * A signature request with its pages and fields, without the PDF bytes (those are fetched on download).
 *
 * @param version       guards every change: a change prepared on an older version is refused
 * @param signerAddress the client address the signer signed from
 * @param signedSha256  SHA-256 of the completed PDF as stored and downloaded (with its audit page)
 */
public record SignatureRequest(long id, String number, long companyId, String companyName, long signerUserId,
                               String signerName, String signerEmail, String title, String message,
                               SignatureState state, String originalFileName, String originalSha256, int pageCount,
                               Long createdByUserId, Long responsibleUserId, Instant createdAt, Instant sentAt,
                               Instant cancelledAt, Instant signedAt, String signedByName, String signerAddress,
                               String signedSha256, int version, List<SignaturePage> pages,
                               List<SignatureField> fields) {

    public SignatureRequest {
        pages = List.copyOf(pages);
        fields = List.copyOf(fields);
    }

    public DocumentRef ref() {
        return ref(id);
    }

    public static DocumentRef ref(long id) {
        return new DocumentRef(DocumentType.SIGNATURE, id);
    }

    public List<SignatureField> fieldsOn(int page) {
        return fields.stream().filter(field -> field.page() == page).toList();
    }
}
