package org.kundenportal.mandates.domain;

import java.util.Optional;

/** Where signed forms come from: the signatures feature answers, so that mandates need not know it. */
public interface SignedForms {

    /** The form with this id if it is signed; empty otherwise. */
    Optional<SignedForm> signed(long signatureRequestId);
}
