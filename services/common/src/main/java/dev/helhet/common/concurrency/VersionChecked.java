package dev.helhet.common.concurrency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an update whose body carries the {@code version} read as one that also takes that version as
 * {@code If-Match: "3"} (412 when the record has moved on). Put {@code @Parameter(ref = EntityTags.IF_MATCH_PARAMETER)}
 * next to it so the OpenAPI document says so (docs/adr/0039).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface VersionChecked {
}
