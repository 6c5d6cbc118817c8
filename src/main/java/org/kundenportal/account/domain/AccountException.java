package org.kundenportal.account.domain;

/** A refused account change, with the translation key of the message the user sees. Nothing was changed. */
public class AccountException extends RuntimeException {

    public enum Reason {
        WRONG_PASSWORD("account.error.wrong-password"),
        WEAK_PASSWORD("account.error.weak-password"),
        SAME_PASSWORD("account.error.same-password"),
        WRONG_CODE("account.error.wrong-code"),
        CODE_ALREADY_USED("account.error.code-used"),
        RECOVERY_CODE_ALREADY_USED("account.error.recovery-code-used"),
        TWO_FACTOR_ALREADY_ON("account.error.two-factor-on"),
        TWO_FACTOR_OFF("account.error.two-factor-off"),
        NAME_REQUIRED("account.error.name-required"),
        INVALID_INPUT("account.error.invalid-input"),
        EMAIL_INVALID("account.error.email-invalid"),
        EMAIL_TAKEN("account.error.email-taken"),
        MAIL_FAILED("account.error.mail-failed"),
        COMPANY_LOCKED("account.error.company-locked"),
        LAST_ADMIN("account.error.last-admin"),
        ACCOUNT_GONE("account.error.account-gone");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final String messageKey;
    private final transient Object[] arguments;

    public AccountException(Reason reason, Object... arguments) {
        this(reason, reason.messageKey(), arguments);
    }

    /** With a more precise message than the reason's own (e.g. which password rule failed). */
    public AccountException(Reason reason, String messageKey, Object... arguments) {
        super(reason.name());
        this.reason = reason;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
