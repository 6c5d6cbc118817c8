package org.kundenportal.history.domain;

/** MESSAGE: between customer and staff; NOTE: internal, never shown to portal users; EVENT: written by the features. */
public enum EntryKind {
    MESSAGE, NOTE, EVENT
}
