package org.kundenportal.base.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import java.util.stream.Collectors;
import org.kundenportal.base.security.PasswordPolicy;

/** How every form that sets a new password explains the rules and shows what is wrong with a choice. */
public final class PasswordRules {

    private PasswordRules() {
    }

    public static void describe(PasswordField field) {
        field.setHelperText(field.getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
    }

    /** Marks the field invalid with every problem, in the user's language; does nothing when there are none. */
    public static void showProblems(PasswordField field, List<PasswordPolicy.Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        field.setErrorMessage(problems.stream().map(problem -> field.getTranslation(problem.messageKey()))
                .collect(Collectors.joining(" ")));
        field.setInvalid(true);
    }
}
