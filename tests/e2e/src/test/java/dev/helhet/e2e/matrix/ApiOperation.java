package dev.helhet.e2e.matrix;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the public API as its OpenAPI document declares it: method, path, the roles its
 * security requirement names (empty: any signed-in caller) and the schema of its JSON body, if any.
 */
public record ApiOperation(String method, String path, Set<String> roles, JsonNode requestSchema) {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    public boolean safe() {
        return method.equals("GET");
    }

    public boolean hasBody() {
        return requestSchema != null;
    }

    /** The path's parameters, in order. */
    public List<String> parameters() {
        return PARAMETER.matcher(path).results().map(result -> result.group(1)).toList();
    }

    /** The path with each parameter replaced by the value {@code values} gives for it. */
    public String expand(java.util.function.Function<String, String> values) {
        Matcher matcher = PARAMETER.matcher(path);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(expanded, Matcher.quoteReplacement(values.apply(matcher.group(1))));
        }
        matcher.appendTail(expanded);
        return expanded.toString();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
