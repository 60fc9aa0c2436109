package dev.helhet.common.persistence;

/**
 * An enum whose values have a stable lower-case code: the same in JSON, in the database and in
 * events (e.g. {@code introduction-programme}). Java names may change; codes may not.
 */
public interface CodedEnum {

    String code();

    static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " code: " + code);
    }
}
