package org.kundenportal.integration.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.validation.ConflictException;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.base.validation.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of an API controller as RFC 9457 problem details in English, one entry per refused field; never a
 * stack trace. Unexpected failures are logged with a reference that the answer names.
 */
@RestControllerAdvice(annotations = IntegrationApi.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    static final String UNAVAILABLE_DETAIL = "The database did not answer; nothing was changed. Retry in a second.";

    private final ApiProblems problems;

    ApiExceptionHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiProblem> invalid(InvalidInputException invalid, HttpServletRequest request) {
        return answer(problems.of(invalid, request.getRequestURI()));
    }

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<ApiProblem> refused(RefusedException refused, HttpServletRequest request) {
        return answer(ApiProblem.of(ProblemType.VALIDATION, problems.english(refused.messageKey(), refused.arguments()),
                request.getRequestURI()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiProblem> denied(AccessDeniedException denied, HttpServletRequest request) {
        return answer(ApiProblem.of(ProblemType.FORBIDDEN, "The API client may not do this.", request.getRequestURI()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiProblem> raced(DataIntegrityViolationException conflict, HttpServletRequest request) {
        log.info("API request {} {} conflicted: {}", request.getMethod(), request.getRequestURI(), conflict.getMessage());
        return answer(ApiProblem.of(ProblemType.CONFLICT, "Another request changed the same data at the same moment; "
                + "send the request again.", request.getRequestURI()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiProblem> conflict(ConflictException conflict, HttpServletRequest request) {
        return answer(problems.of(conflict, request.getRequestURI()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiProblem> notValid(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        List<ApiProblem.FieldError> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new ApiProblem.FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(ApiProblem.FieldError::field))
                .toList();
        return answer(ApiProblem.of(ProblemType.VALIDATION, errors.size() + " field(s) are invalid.",
                request.getRequestURI(), errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiProblem> notValid(HandlerMethodValidationException invalid, HttpServletRequest request) {
        List<ApiProblem.FieldError> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new ApiProblem.FieldError(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return answer(ApiProblem.of(ProblemType.VALIDATION, errors.size() + " parameter(s) are invalid.",
                request.getRequestURI(), errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiProblem> mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        return answer(ApiProblem.of(ProblemType.VALIDATION, "Parameter '" + mismatch.getName() + "' has an invalid value.",
                request.getRequestURI(), List.of(new ApiProblem.FieldError(mismatch.getName(), "has an invalid value"))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiProblem> unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        Throwable cause = unreadable.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return answer(ApiProblem.of(ProblemType.MALFORMED, "Unknown field '" + field + "'.", request.getRequestURI(),
                    List.of(new ApiProblem.FieldError(field, "is not a field of this resource"))));
        }
        if (cause instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return answer(ApiProblem.of(ProblemType.MALFORMED, "Field '" + field + "' has a value of the wrong type.",
                    request.getRequestURI(), List.of(new ApiProblem.FieldError(field, "has a value of the wrong type"))));
        }
        String detail = cause instanceof JacksonException ? "The body is not valid JSON." : "The request has no readable body.";
        return answer(ApiProblem.of(ProblemType.MALFORMED, detail, request.getRequestURI()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiProblem> notFound(NotFoundException notFound, HttpServletRequest request) {
        return answer(ApiProblem.of(ProblemType.NOT_FOUND, notFound.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiProblem> noResource(NoResourceFoundException notFound, HttpServletRequest request) {
        return answer(ApiProblem.of(ProblemType.NOT_FOUND, "No such path in the API.", request.getRequestURI()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiProblem> method(HttpRequestMethodNotSupportedException method, HttpServletRequest request) {
        return answer(ApiProblem.of(ProblemType.METHOD_NOT_ALLOWED, method.getMethod() + " is not supported here.",
                request.getRequestURI()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiProblem> mediaType(HttpMediaTypeNotSupportedException mediaType, HttpServletRequest request) {
        return answer(ApiProblem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.",
                request.getRequestURI()));
    }

    /**
     * The database connection broke (a database node failed and the driver moved to the next): nothing of the request
     * was committed, and the same request succeeds on the next try.
     */
    @ExceptionHandler({TransientDataAccessException.class, DataAccessResourceFailureException.class})
    ResponseEntity<ApiProblem> databaseFailingOver(DataAccessException failure, HttpServletRequest request) {
        log.warn("API request {} {} answered 503, the database failed: {}", request.getMethod(), request.getRequestURI(),
                failure.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblem.of(ProblemType.UNAVAILABLE, UNAVAILABLE_DETAIL, request.getRequestURI()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiProblem> unexpected(Exception failure, HttpServletRequest request) {
        String reference = Long.toHexString(Double.doubleToLongBits(Math.random())).toUpperCase(Locale.ROOT);
        log.error("API request {} {} failed, reference {}", request.getMethod(), request.getRequestURI(), reference, failure);
        return answer(ApiProblem.of(ProblemType.INTERNAL, "The request failed; reference " + reference + ".",
                request.getRequestURI()));
    }

    private static String path(DatabindException failure) {
        StringBuilder path = new StringBuilder();
        for (var reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static ResponseEntity<ApiProblem> answer(ApiProblem problem) {
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
