package org.kundenportal.integration.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.web.bind.annotation.RestController;

/**
 * Marks a controller of the integration API under /api/v1: its errors are answered as problem details by
 * {@link ApiExceptionHandler}, never by the UI's error handling.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
public @interface IntegrationApi {
}
