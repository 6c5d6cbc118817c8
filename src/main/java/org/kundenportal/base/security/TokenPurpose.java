package org.kundenportal.base.security;

/** What a one-time link is for. */
public enum TokenPurpose {
    INVITATION, PASSWORD_RESET, EMAIL_CHANGE
}
