package dev.helhet.common.persistence;

/**
 * An enum whose values have a stable lower-case code: the same in JSON, in the database and in
 * events (e.g. {@code introduction-programme}). Java names may change; codes may not.
 */
public interface CodedEnum {

    String code();

    /** The codes of a set, comma-separated in declaration order: how a set of codes is stored in one column. */
    static <E extends Enum<E> & CodedEnum> String join(java.util.Set<E> values) {
        return values.stream().sorted().map(CodedEnum::code).collect(java.util.stream.Collectors.joining(","));
    }

    /** The set stored by {@link #join}. */
    static <E extends Enum<E> & CodedEnum> java.util.EnumSet<E> split(Class<E> type, String codes) {
        java.util.EnumSet<E> values = java.util.EnumSet.noneOf(type);
        if (codes != null && !codes.isBlank()) {
            for (String code : codes.split(",")) {
                values.add(fromCode(type, code));
            }
        }
        return values;
    }

    /**
     * As {@link #split}, leaving out codes this build does not know: for a projection of another service's data, which
     * may gain a value before this service does. A code left out opens nothing.
     */
    static <E extends Enum<E> & CodedEnum> java.util.EnumSet<E> splitKnown(Class<E> type, String codes) {
        java.util.EnumSet<E> values = java.util.EnumSet.noneOf(type);
        if (codes != null && !codes.isBlank()) {
            for (String code : codes.split(",")) {
                for (E value : type.getEnumConstants()) {
                    if (value.code().equals(code)) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " code: " + code);
    }
}
