package org.kundenportal.documents.domain;

/** What can happen to a document, as recorded in its history; the UI shows "history.event.NAME". */
public enum HistoryEvent {
    CREATED, SENT, VIEWED, SIGNED, ACCEPTED, DECLINED, CONFIRMED, CANCELLED, EXPIRED, FEEDBACK,
    INVOICED, PAYMENT_STARTED, PAID, PARTIALLY_PAID, PAYMENT_FAILED,
    DELIVERY_CREATED, SHIPPED, DELIVERED, ACKNOWLEDGED, RECEIVED, ASSIGNED,
    TICKET_SUBMITTED, STATE_CHANGED, REOPENED
}
