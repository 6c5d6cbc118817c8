package org.kundenportal.base.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The rules for a new password: at least 10 characters, not the email address (nor its name part), and not a
 * commonly used password. Problems come back as translation keys for the form.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    public enum Problem {
        TOO_SHORT("password.too-short"),
        CONTAINS_EMAIL("password.contains-email"),
        COMMON("password.common");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Set<String> common;

    public PasswordPolicy() {
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")),
                StandardCharsets.UTF_8))) {
            common = in.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Problem> check(String password, String email) {
        List<Problem> problems = new ArrayList<>();
        String candidate = password == null ? "" : password;
        if (candidate.length() < MIN_LENGTH) {
            problems.add(Problem.TOO_SHORT);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (email != null && !email.isBlank()) {
            String address = email.strip().toLowerCase(Locale.ROOT);
            String name = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
            if (lower.contains(address) || (name.length() >= 4 && lower.contains(name))) {
                problems.add(Problem.CONTAINS_EMAIL);
            }
        }
        if (isCommon(lower)) {
            problems.add(Problem.COMMON);
        }
        return problems;
    }

    /** Listed passwords, also with digits or punctuation appended, and one character repeated. */
    private boolean isCommon(String lower) {
        String stem = lower.replaceAll("[0-9!?.#*_\\-]+$", "");
        return common.contains(lower) || common.contains(stem) || lower.chars().distinct().count() <= 2;
    }
}
