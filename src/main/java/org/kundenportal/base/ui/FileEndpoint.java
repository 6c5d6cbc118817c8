package org.kundenportal.base.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring MVC controller that serves the UI's files (PDFs, page images, attachments) beside the Vaadin views;
 * {@link FileEndpointErrors} answers its failures.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FileEndpoint {
}
