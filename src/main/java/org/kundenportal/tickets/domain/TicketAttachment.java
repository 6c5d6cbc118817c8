package org.kundenportal.tickets.domain;

/** An attachment as the detail page lists it; the content is read only on download. */
public record TicketAttachment(long id, String fileName, String contentType, long sizeBytes) {
}
