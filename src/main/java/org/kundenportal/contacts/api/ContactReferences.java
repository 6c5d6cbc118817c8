package org.kundenportal.contacts.api;

import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.integration.api.UnknownReference;
import org.springframework.stereotype.Component;

/** Companies and persons a request names by their external ids; an unknown one is a 422 naming the field. */
@Component
public class ContactReferences {

    private final ContactRepository contacts;

    ContactReferences(ContactRepository contacts) {
        this.contacts = contacts;
    }

    public long company(String field, String externalId) {
        return contacts.companyOfExternal(externalId)
                .orElseThrow(() -> UnknownReference.of(field, "company", externalId));
    }

    /** Null when the request names no person. */
    public Long person(String field, String externalId) {
        return externalId == null ? null : contacts.personOfExternal(externalId)
                .orElseThrow(() -> UnknownReference.of(field, "contact person", externalId));
    }
}
