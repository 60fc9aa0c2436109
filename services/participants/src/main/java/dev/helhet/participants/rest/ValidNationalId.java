package dev.helhet.participants.rest;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The identity number must follow its country's rules; the violation names the rule that failed. */
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NationalIdValidator.class)
public @interface ValidNationalId {

    String message() default "is not a valid identity number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
