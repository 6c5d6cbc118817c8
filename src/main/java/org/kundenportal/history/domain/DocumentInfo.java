package org.kundenportal.history.domain;

import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.documents.domain.DocumentRef;

/**
 * What the history needs to know about any document: whom it belongs to and where it is shown.
 *
 * @param titleKey          translation key of the title, with the number as its argument ("Quote {0}")
 * @param portalPath        the page portal users (and the customer preview) open, without a leading slash
 * @param staffPath         the back-office page of the document
 * @param area              the area permission a customer-side portal user needs, null on the supplier side
 * @param responsibleUserId the staff member in charge, if any
 */
public record DocumentInfo(DocumentRef ref, String number, long companyId, DocumentSide side, String titleKey,
                           String portalPath, String staffPath, AreaPermission area, Long responsibleUserId) {
}
