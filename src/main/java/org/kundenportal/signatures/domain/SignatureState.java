package org.kundenportal.signatures.domain;

/**
 * Where a signature request stands. Staff prepare a DRAFT (never shown in the portal) and send it; the signer
 * signs a SENT request exactly once; staff may cancel a DRAFT or SENT one. SIGNED and CANCELLED are final.
 */
public enum SignatureState {
    DRAFT, SENT, SIGNED, CANCELLED
}
