package org.kundenportal.base.security;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value computed once per HTTP request. One Vaadin round trip asks for the user's scope and area permissions
 * many times (the side navigation, the access guard, the view, its grid); staff may change them at any time, so
 * they are read fresh for every request, but once. Outside a request (jobs, tests without one) nothing is kept.
 */
final class PerRequest {

    private PerRequest() {
    }

    @SuppressWarnings("unchecked")
    static <T> T once(String key, Supplier<T> compute) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return compute.get();
        }
        String attribute = PerRequest.class.getName() + "." + key;
        Object known = request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
        if (known != null) {
            return (T) known;
        }
        T value = compute.get();
        request.setAttribute(attribute, value, RequestAttributes.SCOPE_REQUEST);
        return value;
    }
}
