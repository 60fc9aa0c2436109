package dev.helhet.common.persistence;

import jakarta.persistence.AttributeConverter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of {@link CodedEnum} values as their codes, comma-separated, in declaration order. */
public abstract class CodedEnumSetConverter<E extends Enum<E> & CodedEnum> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    protected CodedEnumSetConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        return values == null ? "" : EnumSet.copyOf(values.isEmpty() ? EnumSet.noneOf(type) : values).stream()
                .map(CodedEnum::code).collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String codes) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(",")).map(code -> CodedEnum.fromCode(type, code)).forEach(values::add);
        }
        return values;
    }
}
