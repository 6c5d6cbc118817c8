package org.kundenportal.mandates.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A signed form a mandate comes from, as far as the mandate needs it.
 *
 * @param textFields the text the signer typed, by the field's label
 */
public record SignedForm(long id, String number, long companyId, String companyName, Instant signedAt, Map<String, String> textFields) {

    public SignedForm {
        textFields = textFields.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                entry -> key(entry.getKey()), Map.Entry::getValue, (first, second) -> first));
    }

    /** The text typed into the field of this label (blanks and case of the label ignored); empty when blank. */
    public Optional<String> text(String label) {
        return Optional.ofNullable(textFields.get(key(label))).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static String key(String label) {
        return label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
    }
}
