package org.enforcementledger.personnel.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a resource class (or method) whose {@code POST} methods honour the {@code Idempotency-Key} header, through
 * {@link IdempotencyKeyInterceptor}. Every resource with a {@code POST} must carry it: {@link IdempotencyKeyFilter}
 * refuses a keyed {@code POST} to a method without it (500) rather than silently ignoring the key.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface AcceptsIdempotencyKey {
}
