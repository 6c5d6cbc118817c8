package org.kundenportal.integration.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code type} is one of the stable URIs of {@link ProblemType}.
 *
 * @param errors one entry per refused field, for validation problems
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record ApiProblem(String type, String title, int status, String detail, String instance,
                         List<FieldError> errors) {

    public ApiProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** @param field the JSON path of the field, e.g. {@code lines[2].quantity} */
    public record FieldError(String field, String message) {
    }

    public static ApiProblem of(ProblemType type, String detail, String instance) {
        return new ApiProblem(type.uri(), type.title(), type.status(), detail, instance, List.of());
    }

    public static ApiProblem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new ApiProblem(type.uri(), type.title(), type.status(), detail, instance, errors);
    }
}
