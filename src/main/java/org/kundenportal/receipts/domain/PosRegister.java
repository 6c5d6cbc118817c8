package org.kundenportal.receipts.domain;

/** A till (Kassenplatz). */
public record PosRegister(long id, String code, String name, String location) {
}
