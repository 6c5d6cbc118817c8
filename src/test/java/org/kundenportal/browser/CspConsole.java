package org.kundenportal.browser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.remote.RemoteWebDriver;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the browser's console said about the Content-Security-Policy and the Permissions-Policy since the last
 * look: refusals, and Flow functions that {@code csp/flow-functions.js} did not have ("kp-csp-missing").
 */
record CspConsole(List<String> complaints, Set<List<String>> missingFunctions) {

    private static final Pattern MISSING = Pattern.compile("\"kp-csp-missing (.*)\"$", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static CspConsole read(RemoteWebDriver browser) {
        List<String> complaints = new ArrayList<>();
        Set<List<String>> missing = new LinkedHashSet<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            Matcher call = MISSING.matcher(message);
            if (call.find()) {
                List<String> arguments = arguments(call.group(1));
                if (!isWebDriverScript(arguments)) {
                    missing.add(arguments);
                    complaints.add(message);
                }
            } else if (message.contains("Content Security Policy") || message.contains("Permissions-Policy")) {
                complaints.add(message);
            }
        }
        return new CspConsole(complaints, missing);
    }

    /**
     * ChromeDriver runs the tests' own scripts (executeScript, its element checks) through {@code new Function}
     * too. They are no part of the app, and the browser lets them through: they come from the DevTools protocol.
     */
    private static boolean isWebDriverScript(List<String> arguments) {
        return arguments.size() == 1 && (arguments.getFirst().startsWith("return async function(){")
                || arguments.getFirst().startsWith("return (async function(){"));
    }

    /** The console shows the logged string as a JSON string literal, which holds the JSON array of arguments. */
    private static List<String> arguments(String escaped) {
        String logged = JSON.readValue("\"" + escaped + "\"", String.class);
        return JSON.readValue(logged, new TypeReference<List<String>>() {
        });
    }
}
