package dev.helhet.common.concurrency;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record's {@code version} as an HTTP entity tag: {@code ETag: "3"}. The tag names the stored version of the record,
 * which is what {@code If-Match} is compared with, so it is a strong tag (RFC 9110 compares If-Match strongly) even
 * though two callers may see different fields of the same version (docs/adr/0039).
 */
public final class EntityTags {

    public static final String IF_MATCH = "If-Match";
    public static final String ETAG = "ETag";
    /** The OpenAPI parameter component that declares If-Match ({@code @Parameter(ref = IF_MATCH_PARAMETER)}). */
    public static final String IF_MATCH_PARAMETER = "IfMatch";

    private static final String VERSION = "version";
    private static final Pattern STRONG_TAG = Pattern.compile("\"(-?[0-9]{1,18})\"");
    /** The accessor of a record's {@code version}, made accessible: the records are often package-private, nested in a resource. */
    private static final ClassValue<Optional<Method>> VERSION_ACCESSOR = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            return Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.getName().equals(VERSION))
                    .filter(component -> component.getType() == long.class || component.getType() == Long.class)
                    .findFirst()
                    .map(component -> accessible(component.getAccessor()));
        }
    };

    private EntityTags() {
    }

    private static Method accessible(Method accessor) {
        accessor.setAccessible(true);
        return accessor;
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version in one strong tag as an ETag header gives it, or empty for anything else ({@code W/"3"}, a list, {@code *}). */
    public static Optional<Long> parse(String tag) {
        Matcher matcher = STRONG_TAG.matcher(tag.trim());
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /** Whether {@code value} is a record with a {@code version} component. */
    public static boolean isVersioned(Object value) {
        return value != null && VERSION_ACCESSOR.get(value.getClass()).isPresent();
    }

    /** The {@code version} of a versioned record; null when it has none or leaves it out. */
    public static Long versionOf(Object value) {
        if (!isVersioned(value)) {
            return null;
        }
        try {
            return (Long) VERSION_ACCESSOR.get(value.getClass()).orElseThrow().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the version of " + value.getClass().getName(), e);
        }
    }

    /** A copy of the versioned record {@code value} with {@code version} set. */
    public static Object withVersion(Object value, long version) {
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(VERSION) ? Long.valueOf(version) : accessible(components[i].getAccessor()).invoke(value);
            }
            var constructor = value.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set the version of " + value.getClass().getName(), e);
        }
    }
}
