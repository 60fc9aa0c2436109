package dev.helhet.participants.rest;

import dev.helhet.participants.domain.nationalid.InvalidNationalIdException;
import dev.helhet.participants.domain.nationalid.NationalIdRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.time.Clock;
import java.time.LocalDate;

/** Applies {@link NationalIdRules} and reports the failed rule on {@code number}, with its code as payload. */
@ApplicationScoped
public class NationalIdValidator implements ConstraintValidator<ValidNationalId, NationalIdInput> {

    private final Clock clock;

    public NationalIdValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(NationalIdInput input, ConstraintValidatorContext context) {
        if (input == null || input.country() == null || input.number() == null) {
            return true; // @NotNull on the fields reports what is missing
        }
        try {
            NationalIdRules.parse(input.country(), input.number(), LocalDate.now(clock));
            return true;
        } catch (InvalidNationalIdException invalid) {
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .withDynamicPayload(invalid.code())
                    .buildConstraintViolationWithTemplate(escape(invalid.getMessage()))
                    .addPropertyNode("number")
                    .addConstraintViolation();
            return false;
        }
    }

    /** The message is literal text, not an expression template. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
