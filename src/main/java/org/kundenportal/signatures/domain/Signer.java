package org.kundenportal.signatures.domain;

/** A portal user of the company who can sign in, and so can be asked to sign. */
public record Signer(long userId, String name, String email) {
}
