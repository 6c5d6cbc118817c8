package org.kundenportal.base.audit;

/** Everything the audit log records. Feature issues add their actions here. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LANGUAGE_CHANGED,
    TEST_MAIL_SENT
}
