package dev.helhet.testing;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Cookies the way a browser keeps them for {@code localhost}: browsers treat http://localhost as a
 * secure context and send Secure cookies there (Keycloak's are Secure); Java's CookieManager does not.
 * Ports are ignored, as browsers do.
 */
final class LocalhostCookieJar extends CookieHandler {

    private final Map<String, HttpCookie> cookies = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        String header = cookies.values().stream()
                .filter(cookie -> !cookie.hasExpired())
                .filter(cookie -> path.startsWith(cookie.getPath() == null ? "/" : cookie.getPath()))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                for (String value : values) {
                    for (HttpCookie cookie : HttpCookie.parse(value)) {
                        if (cookie.getPath() == null) {
                            cookie.setPath("/");
                        }
                        String key = cookie.getName() + "|" + cookie.getPath();
                        if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                            cookies.remove(key);
                        } else {
                            cookies.put(key, cookie);
                        }
                    }
                }
            }
        });
    }

    HttpCookie find(String name) {
        return cookies.values().stream().filter(cookie -> cookie.getName().equals(name)).findFirst().orElse(null);
    }
}
