package org.kundenportal.signatures.domain;

/**
 * What staff hand in to create a DRAFT: the uploaded PDF and whom it is for.
 *
 * @param message optional text for the signer, shown in the portal and the mail
 */
public record NewSignatureRequest(String title, long companyId, long signerUserId, String message, String fileName,
                                  byte[] pdf) {
}
