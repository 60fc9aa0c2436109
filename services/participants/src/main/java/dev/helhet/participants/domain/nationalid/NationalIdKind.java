package dev.helhet.participants.domain.nationalid;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

import java.util.Locale;

/** What kind of number a valid identity number is. */
public enum NationalIdKind implements CodedEnum {
    /** Norway: fødselsnummer. */
    FODSELSNUMMER,
    /** Norway: D-number for people without a fødselsnummer (day + 40). */
    D_NUMBER,
    /** Norway: H-number, assistance number in health services (month + 40). */
    H_NUMBER,
    /** Norway: synthetic test number from the Tenor test data (month + 80); never a real person. */
    SYNTHETIC,
    /** Sweden: personnummer. */
    PERSONNUMMER,
    /** Sweden: samordningsnummer (day + 60). */
    SAMORDNINGSNUMMER,
    /** Denmark: CPR number. */
    CPR;

    @Override
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<NationalIdKind> {
        public DatabaseCode() {
            super(NationalIdKind.class);
        }
    }
}
