package dev.helhet.common.persistence;

import jakarta.persistence.AttributeConverter;

/** Stores a {@link CodedEnum} as its code. Subclass once per enum with {@code @Converter(autoApply = true)}. */
public abstract class CodedEnumConverter<E extends Enum<E> & CodedEnum> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected CodedEnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : CodedEnum.fromCode(type, code);
    }
}
