package org.kundenportal.base.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Failures of the {@link FileEndpoint}s. An address whose id is malformed (a page number that is no number)
 * answers 404 like an id that does not exist, so ids cannot be probed and nothing is logged as an error; anything
 * else is logged with a reference for support. The browser gets a bare status, never a stack trace.
 */
@RestControllerAdvice(annotations = FileEndpoint.class)
class FileEndpointErrors {

    private static final Logger log = LoggerFactory.getLogger(FileEndpointErrors.class);

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<byte[]> malformed(MethodArgumentTypeMismatchException e) {
        log.debug("Malformed {} in a file address: {}", e.getName(), e.getValue());
        return bare(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<byte[]> failed(RuntimeException e) {
        log.error("Error {} while serving a file", ErrorReference.next(), e);
        return bare(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ResponseEntity<byte[]> bare(HttpStatus status) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).build();
    }
}
