package org.kundenportal.tickets.domain;

import java.util.List;

/**
 * What a visitor enters on the public support form.
 *
 * @param honeypot the field people never see; whatever fills it is a bot
 */
public record PublicRequest(String name, String email, String company, String subject, String description,
                            List<TicketFile> files, String honeypot, String clientAddress, String language) {

    public PublicRequest {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
