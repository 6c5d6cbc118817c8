package org.kundenportal.integration.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.base.validation.ConflictException;
import org.kundenportal.base.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/** Problem details for refused input, from the domain's rules or from a request's Bean Validation constraints. */
@Component
public class ApiProblems {

    private final TranslationProvider translations;
    private final Validator validator;

    ApiProblems(TranslationProvider translations, Validator validator) {
        this.translations = translations;
        this.validator = validator;
    }

    public ApiProblem of(InvalidInputException invalid, String instance) {
        boolean unknownReference = invalid.problems().stream()
                .allMatch(problem -> problem.messageKey().equals(UnknownReference.MESSAGE_KEY));
        List<ApiProblem.FieldError> errors = invalid.problems().stream()
                .map(problem -> new ApiProblem.FieldError(problem.field(), translations.getTranslation(
                        problem.messageKey(), Locale.ENGLISH, problem.arguments().toArray())))
                .toList();
        return ApiProblem.of(unknownReference ? ProblemType.UNKNOWN_REFERENCE : ProblemType.VALIDATION,
                detail(errors), instance, errors);
    }

    public String english(String messageKey, Object... arguments) {
        return translations.getTranslation(messageKey, Locale.ENGLISH, arguments);
    }

    /** A change the resource's state no longer allows, in English. */
    public ApiProblem of(ConflictException conflict, String instance) {
        return ApiProblem.of(ProblemType.CONFLICT, translations.getTranslation(conflict.messageKey(), Locale.ENGLISH,
                conflict.arguments().toArray()), instance);
    }

    /** The request's constraint violations as a problem, or null when it has none (for items of a batch). */
    public ApiProblem violations(Object request, String instance) {
        List<ApiProblem.FieldError> errors = validator.validate(request).stream()
                .map(ApiProblems::fieldError)
                .sorted(Comparator.comparing(ApiProblem.FieldError::field))
                .toList();
        return errors.isEmpty() ? null : ApiProblem.of(ProblemType.VALIDATION, detail(errors), instance, errors);
    }

    private static ApiProblem.FieldError fieldError(ConstraintViolation<Object> violation) {
        return new ApiProblem.FieldError(violation.getPropertyPath().toString(), violation.getMessage());
    }

    private static String detail(List<ApiProblem.FieldError> errors) {
        return errors.size() == 1 ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields are invalid.";
    }
}
