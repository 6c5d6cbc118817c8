package org.kundenportal.base.validation;

import java.util.List;

/**
 * Input that the rules refuse, field by field; nothing was changed. Views show each message beside its field in
 * the user's language, the integration API answers with one problem-details entry per field.
 */
public class InvalidInputException extends RuntimeException {

    /**
     * @param field      the field's name as the API names it (a JSON pointer-like path such as {@code lines[2].quantity})
     * @param messageKey translation key of the message
     * @param arguments  values the message names
     */
    public record Problem(String field, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public static Problem of(String field, String messageKey, Object... arguments) {
            return new Problem(field, messageKey, List.of(arguments));
        }
    }

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super("Invalid input: " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(Problem.of(field, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
