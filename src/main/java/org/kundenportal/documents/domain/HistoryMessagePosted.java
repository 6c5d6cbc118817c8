package org.kundenportal.documents.domain;

/**
 * Published (as a Spring event, inside the posting transaction) when someone writes a message in a document's
 * history, so a feature can react: a customer's answer moves a ticket that waits for the customer back to the
 * backlog.
 */
public record HistoryMessagePosted(DocumentRef document, long authorUserId, boolean byPortalUser) {
}
