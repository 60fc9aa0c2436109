package dev.helhet.careaccess;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Who a consent opens information to. */
public enum ReceiverType implements CodedEnum {
    /** One named organisation. */
    ORGANISATION("organisation"),
    /** Every organisation on the person's team. */
    TEAM("team");

    private final String code;

    ReceiverType(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<ReceiverType> {
        public DatabaseCode() {
            super(ReceiverType.class);
        }
    }
}
