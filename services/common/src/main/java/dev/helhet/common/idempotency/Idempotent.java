package dev.helhet.common.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that creates something as safe to retry with an {@code Idempotency-Key} header:
 * the same key with the same request answers the first answer again (docs/adr/0038). Put
 * {@code @Parameter(ref = IdempotencyKeys.PARAMETER)} next to it so the OpenAPI document says so.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
