package org.kundenportal.contacts.domain;

import java.util.regex.Pattern;

/** The one check of an email address's form, shared by contacts, portal access and user administration. */
public final class EmailAddresses {

    // deliberately plain: one @, a dot in the domain, no spaces; the mail server decides the rest
    private static final Pattern FORM = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private EmailAddresses() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= 254 && FORM.matcher(email.strip()).matches();
    }
}
