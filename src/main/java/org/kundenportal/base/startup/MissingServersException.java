package org.kundenportal.base.startup;

import java.util.List;

/** The app was started without a database or mail server to use; see {@link MissingServersGuard}. */
public class MissingServersException extends RuntimeException {

    private final List<String> missing;

    MissingServersException(List<String> missing) {
        super(String.join("; ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
