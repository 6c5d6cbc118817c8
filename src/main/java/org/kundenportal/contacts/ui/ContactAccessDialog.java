package org.kundenportal.contacts.ui;

/**
 * The portal access of a contact and its persons, opened from the contact views. The access feature provides it as
 * a prototype bean ({@code access/ui/PortalAccessDialog}), so that contacts, on which access builds, does not
 * depend on access.
 */
public interface ContactAccessDialog {

    /** Opens the dialog for the contact; {@code onChange} runs after every access change. */
    void open(long contactId, Runnable onChange);
}
