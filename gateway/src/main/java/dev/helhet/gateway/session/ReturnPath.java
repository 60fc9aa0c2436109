package dev.helhet.gateway.session;

import java.util.regex.Pattern;

/**
 * Where the browser goes after sign-in: a path of this site only. Anything else — another host,
 * a scheme, {@code //evil.example}, a backslash, a tab or newline a browser would strip ({@code /\t/evil.example}
 * becomes {@code //evil.example}), an encoded character outside the URL alphabet — goes to the start page.
 */
public final class ReturnPath {

    static final String START = "/";
    private static final int LONGEST = 2048;
    /** A path, optionally with a query and fragment, in the characters RFC 3986 allows there; nothing else. */
    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@/%?#]*");

    private ReturnPath() {
    }

    public static String of(String requested) {
        if (requested == null || requested.length() > LONGEST || !LOCAL.matcher(requested).matches()) {
            return START;
        }
        return requested;
    }
}
